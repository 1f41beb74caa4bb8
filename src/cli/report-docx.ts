/**
 * The report draft as a Word document (docx): A4, 仿宋 body, 黑体 headings, a 宋体 title, the 附表
 * as a real table. Loaded only by `perfscore report` (a lazy import in report-command.ts): the docx
 * library never reaches the pane's bundle.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportBlock, ReportDraft } from '../report';

/** Fonts as data: the official-document convention (GB/T 9704): 仿宋 body, 黑体 headings, 宋体 title. */
export const REPORT_FONTS = { body: '仿宋', heading: '黑体', title: '宋体', table: '宋体' } as const;
/** Sizes in half-points: 三号 16pt, 二号 22pt, 五号 10.5pt. */
const SIZE = { body: 32, title: 44, table: 21 } as const;
/** A4 in twentieths of a point (210 × 297 mm), margins 2.54 cm / 3.17 cm as Word's default. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1800, right: 1800 };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LINE = { line: 560, lineRule: 'exact' as const }; // 28 pt: the usual line pitch for 三号 text

function run(text: string, font: string, size: number, bold = false): TextRun {
  return new TextRun({ text, bold, size, font: { ascii: font, eastAsia: font, hAnsi: font, cs: font } });
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [run(text, REPORT_FONTS.table, SIZE.table, header)] })],
  });
}

function blockParagraphs(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 400 },
          children: [run(block.text, REPORT_FONTS.title, SIZE.title, true)],
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          spacing: LINE,
          indent: { firstLine: 640 },
          keepNext: true,
          children: [
            run(
              block.text,
              block.level === 1 ? REPORT_FONTS.heading : REPORT_FONTS.body,
              SIZE.body,
              block.level === 2,
            ),
          ],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: LINE,
          indent: { firstLine: 640 },
          alignment: AlignmentType.JUSTIFIED,
          children: [run(block.text, REPORT_FONTS.body, SIZE.body)],
        }),
      ];
    case 'table': {
      const weights = block.widths ?? block.header.map(() => 1);
      const total = weights.reduce((a, b) => a + b, 0);
      const columnWidths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths,
          layout: TableLayoutType.FIXED,
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((text) => cell(text, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
          ],
        }),
      ];
    }
  }
}

export async function reportDocx(draft: ReportDraft): Promise<Buffer> {
  const document = new Document({
    creator: 'PerfScore',
    title: draft.blocks.find((b) => b.kind === 'title')?.text ?? '自评报告',
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: REPORT_FONTS.body, eastAsia: REPORT_FONTS.body, hAnsi: REPORT_FONTS.body },
            size: SIZE.body,
          },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        children: draft.blocks.flatMap(blockParagraphs),
      },
    ],
  });
  return Packer.toBuffer(document);
}
