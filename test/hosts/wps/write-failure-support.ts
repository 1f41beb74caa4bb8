/**
 * For the WPS write-failure tests: what a failed run should say it wrote, worked out from the
 * workbook itself (its dump before and after), independently of the host's own record. Sheets that
 * appeared; names that appeared or now refer elsewhere; names that disappeared; per sheet that
 * existed, the cells whose value, formula, number format or fill differ; the scorer's existing
 * output sheets that differ (rewritten).
 */
import type { CellDump, WorkbookDump } from '../../fakes/excel';

type SheetDump = WorkbookDump['sheets'][number];

const key = (text: string) => text.toLowerCase();

/** A cell as a user sees its content: General and empty are the defaults. */
function content(cell: CellDump | undefined): string {
  if (!cell) return JSON.stringify([null, null, null, null]);
  const value = cell.value === '' ? null : cell.value;
  const format = cell.numberFormat === 'General' ? null : (cell.numberFormat ?? null);
  return JSON.stringify([value, cell.formula ?? null, format, cell.fill?.toUpperCase() ?? null]);
}

function changedCells(before: SheetDump, after: SheetDump): number {
  const cells = new Set([...Object.keys(before.cells), ...Object.keys(after.cells)]);
  return [...cells].filter((a1) => content(before.cells[a1]) !== content(after.cells[a1])).length;
}

/** Every name, keyed "scope!name" (lower case), with its formula. */
function allNames(dump: WorkbookDump): Map<string, { name: string; formula: string }> {
  const names = new Map<string, { name: string; formula: string }>();
  for (const [name, formula] of Object.entries(dump.names)) names.set(`!${key(name)}`, { name, formula });
  for (const sheet of dump.sheets)
    for (const [name, formula] of Object.entries(sheet.names))
      names.set(`${key(sheet.name)}!${key(name)}`, { name, formula });
  return names;
}

/**
 * The account items a failed run must list (Chinese, as the host words them), sorted. `outputs`:
 * the scorer's own sheets that existed before the run (a change there is "改写了工作表").
 */
export function expectedAccount(before: WorkbookDump, after: WorkbookDump, outputs: string[]): string[] {
  const items: string[] = [];
  const existed = (name: string) => before.sheets.find((s) => key(s.name) === key(name));
  for (const sheet of after.sheets) if (!existed(sheet.name)) items.push(`新增工作表 ${sheet.name}`);
  const namesBefore = allNames(before);
  const namesAfter = allNames(after);
  const defined = [...namesAfter]
    .filter(([k, n]) => namesBefore.get(k)?.formula !== n.formula)
    .map(([, n]) => n.name);
  if (defined.length > 0) items.push(`定义名称 ${defined.sort().join('、')}`);
  const deleted = [...namesBefore].filter(([k]) => !namesAfter.has(k)).map(([, n]) => n.name);
  if (deleted.length > 0) items.push(`删除名称 ${deleted.sort().join('、')}`);
  for (const sheet of after.sheets) {
    const old = existed(sheet.name);
    if (!old) continue;
    const count = changedCells(old, sheet);
    if (count === 0) continue;
    if (outputs.some((name) => key(name) === key(sheet.name))) items.push(`改写了工作表 ${sheet.name}`);
    else items.push(`工作表 ${sheet.name} 的 ${count} 个单元格`);
  }
  return items.sort();
}

/**
 * The items of "写入中途失败，已写入：A；B。(…)", sorted. The names of every 定义名称 / 删除名称 item
 * are merged into one item each, sorted (评分全部工作表 lists them plan by plan).
 */
export function accountIn(message: string): string[] {
  const match = /已写入：(.*?)。\(The write stopped/.exec(message);
  if (!match) return [];
  const items: string[] = [];
  const names: Record<string, string[]> = {};
  for (const item of match[1].split('；')) {
    const listed = /^(定义名称|删除名称) (.*)$/.exec(item);
    if (listed) names[listed[1]] = [...(names[listed[1]] ?? []), ...listed[2].split('、')];
    else items.push(item);
  }
  for (const [kind, list] of Object.entries(names)) items.push(`${kind} ${list.sort().join('、')}`);
  return items.sort();
}
