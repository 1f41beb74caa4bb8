"""The corpus workbooks written by openpyxl (scripts/make-corpus.js runs this).

openpyxl writes absolute relationship targets (/xl/comments/comment1.xml ...), the case that made
the exceljs reader refuse files. Usage: python3 openpyxl_corpus.py <example.xlsx> <corpus dir (hand-* files in, openpyxl-* out)> <seal.png>
"""
import os
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, DataBarRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

example, out, seal = sys.argv[1:4]
hand = out
SHEET = "绩效指标"


def chart_image_comment():
    wb = openpyxl.load_workbook(example)
    ws = wb[SHEET]
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=7, min_row=3, max_row=8))
    ws.add_chart(chart, "N3")
    ws.add_image(Image(seal), "N20")
    ws["E13"].comment = Comment("完成率过高，请核实", "科长")
    wb.save(os.path.join(out, "openpyxl-chart-image-comment.xlsx"))


def table_validation_format():
    wb = openpyxl.load_workbook(example)
    ws = wb[SHEET]
    validation = DataValidation(type="decimal", operator="between", formula1="0", formula2="100")
    validation.add("G3:G26")
    ws.add_data_validation(validation)
    ws.conditional_formatting.add("F3:F26", DataBarRule(start_type="min", end_type="max", color="638EC6"))
    ws.conditional_formatting.add(
        "E3:E26", CellIsRule(operator="lessThan", formula=["0"], fill=PatternFill("solid", bgColor="FFC7CE"))
    )
    data = wb.create_sheet("附表")
    for row in [["类别", "金额"], ["产出", 1], ["产出", 2], ["效益", 3]]:
        data.append(row)
    table = Table(displayName="表1", ref="A1:B4")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    data.add_table(table)
    wb.save(os.path.join(out, "openpyxl-table-validation-format.xlsx"))


def resave(name, target, **options):
    """openpyxl keeps pivot tables, external links and (keep_vba) VBA projects it reads."""
    wb = openpyxl.load_workbook(os.path.join(hand, name), **options)
    wb.save(os.path.join(out, target))


chart_image_comment()
table_validation_format()
resave("hand-pivot.xlsx", "openpyxl-pivot.xlsx")
resave("hand-external-link.xlsx", "openpyxl-external-link.xlsx")
resave("hand-macro.xlsm", "openpyxl-macro.xlsm", keep_vba=True)
