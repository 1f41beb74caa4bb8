/**
 * Builds an EngineInput from data/tianhe-2023/*.csv the way Excel would hold it: "99.90%" is the
 * number 0.999 in a "0.00%" cell, "80568" the number 80568, everything else text.
 * Layout (1-based rows, header in row 1): A 一级, B 二级, C 三级 (name), D target, E actual,
 * F reported rate, G weight; budget in J2 (planned) / J3 (spent); management in L..O from row 2.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { EngineInput, InputCell, ManagementItemInput, ProfileId } from '../../src/engine';

const DATA = path.join(__dirname, '..', '..', 'data', 'tianhe-2023');

/** RFC 4180 CSV: quoted fields, doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ''));
}

/** A cell as Excel would type-convert the text on entry. */
export function excelCell(address: string, text: string): InputCell {
  const percent = /^-?\d+(?:\.\d+)?%$/.exec(text);
  if (percent) return { address, value: Number(text.slice(0, -1)) / 100, numberFormat: '0.00%' };
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return { address, value: Number(text), numberFormat: 'General' };
  return { address, value: text === '' ? null : text, numberFormat: 'General' };
}

function readCsv(file: string): string[][] {
  return parseCsv(fs.readFileSync(path.join(DATA, file), 'utf8')).slice(1);
}

export function seedInput(profile: ProfileId = 'guangzhou-dept'): EngineInput {
  const indicators = readCsv('indicators.csv').map((f, i) => {
    const r = i + 2;
    return {
      category: excelCell(`A${r}`, f[0]),
      name: excelCell(`C${r}`, f[2]),
      target: excelCell(`D${r}`, f[3]),
      actual: excelCell(`E${r}`, f[4]),
      reportedRate: excelCell(`F${r}`, f[5]),
      weight: excelCell(`G${r}`, f[6]),
    };
  });
  const budgetRows = readCsv('budget.csv');
  const planned = budgetRows.find((r) => r[0] === '年度预算');
  const spent = budgetRows.find((r) => r[0] === '决算支出');
  const management: ManagementItemInput[] = readCsv('management.csv').map((f, i) => {
    const r = i + 2;
    return {
      item: excelCell(`L${r}`, f[0]),
      weight: excelCell(`M${r}`, f[1]),
      value: excelCell(`N${r}`, f[2]),
      rule: excelCell(`O${r}`, f[3]),
    };
  });
  return {
    profile,
    indicators,
    hasWeights: true,
    hasCategories: true,
    budget: {
      kind: 'amounts',
      planned: planned ? excelCell('J2', planned[1]) : null,
      spent: spent ? excelCell('J3', spent[1]) : null,
    },
    management,
  };
}
