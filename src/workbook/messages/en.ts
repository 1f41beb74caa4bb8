/**
 * The workbook layer's messages in English, code for code with ./zh.ts (the type checks it). Only
 * the pane loads this table, in its English chunk; the workbook and the CLI stay Chinese.
 */
import type { Message, MessageTable, Render } from '../../engine/messages/message';
import type { WorkbookMessages } from './zh';

type Text = Message | string;
const say = (text: Text, r: Render) => r(text);

/** What the absence of a required part costs (the other parts' costs are worded by the pane). */
const COSTS_EN: Readonly<Record<string, string>> = {
  PE_Targets: 'no annual targets: the sheet cannot be scored',
  PE_Actuals: 'no actual values: the sheet cannot be scored',
};

/** The output columns' Chinese headers, as the officer sees them written, in English. */
const OUTPUT_HEADERS_EN: Readonly<Record<string, string>> = {
  完成率: 'completion rate',
  得分: 'score',
  标记: 'flag',
  说明: 'note',
};

export const WORKBOOK_EN: MessageTable<WorkbookMessages> = {
  'refusal.no-names': (p) => `Sheet ${p.sheet} has no scoring ranges yet (no PE_* names)`,
  'refusal.missing': (p) => `Sheet ${p.sheet} lacks ${p.names.join(', ')}`,
  'refusal.bad-name': (p, r) => `Sheet ${p.sheet}: ${r(p.problem)}`,
  'refusal.not-found': (p, r) =>
    `Sheet ${p.sheet} has no PE_* names and its scoring ranges could not be detected: ${say(p.problem, r)}`,
  'detect.empty': () => 'the sheet is empty',
  'detect.no-header': () =>
    'no header of an indicator table was found (it needs columns such as annual target and actual value)',
  'detect.no-rows': (p) =>
    `no indicator rows under the header on row ${p.row} (targets, actuals and points are empty)`,
  'detect.missing': (p, r) => p.parts.map(r).join('; '),
  'detect.cost': (p) => COSTS_EN[p.name] ?? `${p.name} not found`,
  'profile.named': (p) => `${p.cell} names the scoring rules ${p.id}`,
  'profile.guangzhou': (p) =>
    `the sheet has “${p.word}” (${p.cell}): Guangzhou department-wide rules (performance of duties 50 + management efficiency 50)`,
  'profile.project': (p, r) =>
    `a project spending table (“${p.word}”, ${p.cell}) with “${p.satisfaction}” (${p.satisfactionCell}) and ${r(p.line)}: national project rules`,
  'profile.budget-line': (p) => `“${p.word}” (${p.cell})`,
  'profile.budget-data': () => 'budget execution data',
  'profile.project-lacks': (p) =>
    `the project table lacks ${[p.satisfaction ? 'satisfaction indicators' : '', p.budget ? 'a budget execution rate' : ''].filter(Boolean).join(' and ')}`,
  'profile.not-project': () =>
    'no performance-of-duties / management-efficiency sections, and not a project spending table',
  'profile.default': (p, r) => `${r(p.missing)}: the default rules ${p.id}`,
  'name.invalid': (p, r) => `name ${p.name} is not valid: ${say(p.error, r)}`,
  'name.several-areas': (p) =>
    `name ${p.name} refers to several areas (${p.formula}); it should be one block`,
  'name.other-sheet': (p) => `name ${p.name} belongs to sheet ${p.sheet} but refers to sheet ${p.other}`,
  'name.not-column': (p) =>
    `name ${p.name} should be ${p.columns > 1 ? `one column (or up to ${p.columns} adjacent columns of a split target)` : 'one column'}, but is ${p.reference}`,
  'name.not-cell': (p) => `name ${p.name} should be a single cell, but is ${p.reference}`,
  'name.unused': (p, r) => `${r(p.problem)}; the name is not used`,
  'name.rules-shape': (p) =>
    `name ${p.name} should be two columns (setting | value), but is ${p.reference}; the name is not used`,
  'ref.broken': () => 'the reference is broken (#REF!)',
  'ref.empty': () => 'the reference is empty',
  'rules-base-conflict': (p) =>
    `PE_Profile (${p.cell}) says “${p.value}” but PE_Rules' base rules are ${p.base} (${p.baseCell}); scored by PE_Rules`,
  'profile-unknown': (p) =>
    `PE_Profile (${p.cell}) “${p.value}” is not a known set of rules (guangzhou-dept or national-project); scored by the default ${p.id}`,
  'management-incomplete': (p) =>
    `the management-efficiency block lacks ${p.absent.join(', ')} (it needs PE_MgmtItems, PE_MgmtWeights, PE_MgmtValues and PE_MgmtRules); management efficiency not scored`,
  'row-skipped': (p, r) => `${p.cell} ${r(p.why)}; the row is not scored as an indicator`,
  'skip.above-header': () => 'is above the header (title or header band)',
  'skip.header-text': (p) => `is a header (“${p.text}”)`,
  'skip.header': () => 'is a header',
  'form.repeated-header': (p) => `row ${p.row} repeats the header (a new page); not scored as an indicator`,
  'form.subtotal': (p) => `row ${p.row} is a subtotal; not scored as an indicator`,
  'table.repeated-header': (p) =>
    `row ${p.row} repeats the header (a new page); the table goes on below it and the row is not scored`,
  'table.second': (p) =>
    `row ${p.row} starts another indicator table, not read (one table per sheet: the one under the header on row ${p.header})`,
  'budget.initial': (p) =>
    `the budget table has no full-year budget column; “${p.header}” (the initial budget) is taken as the annual budget`,
  'management.no-rules': (p) =>
    `row ${p.row} looks like a management-efficiency header but has no rule column (ratio / threshold X / per-count P / yes-no / manual); management efficiency not detected`,
  'highlight.pattern': (p) =>
    `${p.cell} already has a pattern or theme fill; not highlighted, so that it can be restored`,
  'align.rows': (p, r) =>
    `name ${p.name} (${p.reference}, ${p.height} rows) and ${p.other} (${p.otherReference}, ${p.otherHeight} rows) differ in height; ${r(p.scope)}`,
  'align.shared': (p, r) => `only ${r(p.rows)}, shared by all ranges, are scored`,
  'align.none': (p) => `the ranges share no row; only the first ${p.count} rows are scored, in order`,
  'rows.one': (p) => `row ${p.row}`,
  'rows.span': (p) => `rows ${p.from}–${p.to}`,
  'output.name-bad': (p, r) => `${r(p.problem)}; ignored, the outputs go to empty columns`,
  'output.name-ignored': (p, r) =>
    `name ${p.name} (${p.reference}) ${r(p.problem)}; ignored, the outputs go to empty columns`,
  'output.no-column': (p) =>
    `no empty column to the right for “${OUTPUT_HEADERS_EN[p.header] ?? p.header}”; not written`,
  'output.not-column': () => 'is not a single column',
  'output.overlaps-output': () => 'overlaps another output column',
  'output.not-covering': (p) => `does not cover every indicator row (rows ${p.from}–${p.to})`,
  'output.overlaps-input': () => 'overlaps a scoring input range',
  'output.extend-input': (p) => `would have to extend to ${p.cell}, which belongs to a scoring input range`,
  'output.extend-filled': (p) => `would have to extend to ${p.cell}, which is not empty`,
  'output.merged': (p) => `has a merged cell at ${p.cell}`,
  'output-sheet.ignored': (p, r) =>
    `name ${p.name} (${p.formula}) ${r(p.problem)}; ignored, written to a new sheet`,
  'output-sheet.missing': () => 'points to a sheet that does not exist',
  'output-sheet.scored': () => 'points to the scored sheet itself',
  'output-sheet.taken': () => 'points to another output sheet',
  'output-sheet.has-input': (p) => `points to sheet ${p.sheet}, which holds scoring input ranges`,
  'output-sheet.not-ours': (p) =>
    `points to sheet ${p.sheet}, which is not this sheet's scoring output (perhaps a name copied with a sheet)`,
};
