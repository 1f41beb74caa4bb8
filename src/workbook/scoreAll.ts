/**
 * 评分全部工作表 (issue 10 §3), pure part: from ONE read of the whole workbook (every sheet's grid,
 * every name) to the write plans of ONE write — every sheet that has (or detects) the inputs scored
 * exactly as 评分本表 would score it (planScoring with detection: output columns, highlights, its own
 * 评分汇总 / 扣分明细, detected names), then the 各表评分汇总 sheet (leagueTable.ts) with a row per
 * sheet linking to that sheet's summary — and the undo of the whole run.
 *
 * The sheets are planned in tab order, each seeing the workbook as the earlier plans leave it (the
 * output sheets they add), so no two plans pick the same new sheet; the plans touch disjoint cells,
 * names and sheets, so applying them in order equals applying each alone, and their undos combine.
 */
import type { AllSheetsOutcome, AllSheetsRefusal, SkippedSheet } from './allSheetsOutcome';
import type { ProfileId } from '../engine/types';
import type { UndoPlan } from './runOutcome';
import { sheetAfterRun } from './afterRun';
import { factsFromSheet } from './headFacts';
import { chooseLeagueSheet, isScorerSheet } from './leagueSheet';
import { leagueRows, leagueSheetContent, type LeagueEntry, type LeagueRow } from './leagueTable';
import { cellAt } from './grid';
import { outputSheetNames } from './outputLocation';
import { planRun, type PlanOutcome } from './plan';
import { sameText } from './references';
import { SETUP_REFUSALS, STRUCTURE_PROTECTED_MESSAGE } from './refusalMessages';
import { planUndo } from './undo';
import type { DefinedName, ScoringSnapshot, SheetSnapshot, WritePlan } from './types';

/** The whole workbook as one read gives it. */
export interface WorkbookSnapshot {
  /** Every sheet in tab order, with its grid (normally its used range). */
  sheets: SheetSnapshot[];
  /** Every defined name, workbook-scoped and of every sheet. */
  names: DefinedName[];
  structureProtected?: boolean;
}

export interface ScoreAllOptions {
  /** Overrides every sheet's base profile (as the command line's --profile). */
  profile?: ProfileId;
  /** The pane's choice per sheet, for sheets without PE_Profile. */
  profileBySheet?: Readonly<Record<string, ProfileId>>;
}

/** One sheet of the run: what planScoring said, and the snapshot it planned from. */
export interface SheetRun {
  sheet: string;
  organisation?: string;
  snapshot: ScoringSnapshot;
  outcome: PlanOutcome;
}

/** A plan to apply, with the tab order at the moment it is applied (where its new sheets go). */
export interface OrderedPlan {
  plan: WritePlan;
  sheetNames: string[];
  /** What it was planned from and its undo: a failed write checks, plan by plan, what landed. */
  snapshot: ScoringSnapshot;
  undo: UndoPlan;
}

export type AllSheetsPlan =
  | {
      ok: true;
      /** Every sheet considered (all but the scorer's own), in tab order. */
      runs: SheetRun[];
      /** The plans in the order to apply them: the scored sheets', then the league's. */
      plans: OrderedPlan[];
      league: { sheet: string; rows: LeagueRow[] };
      /** The tab order once every plan is applied. */
      sheetNames: string[];
      /** Sheets with no table to score (refused 'not-found'): not in the league. */
      skipped: SkippedSheet[];
      undo: UndoPlan;
    }
  | { ok: false; code: AllSheetsRefusal; message: string; skipped: SkippedSheet[] };

/**
 * A plan applied in full, as every host reports it: the league, the tab order after it, the undo of
 * the whole run, and how the run left the active sheet when it was one of those scored.
 */
export function scoredOutcome(
  planned: Extract<AllSheetsPlan, { ok: true }>,
  activeSheet: string,
  syncs: number,
): Extract<AllSheetsOutcome, { status: 'scored' }> {
  const active = planned.runs.find((r) => sameText(r.sheet, activeSheet) && r.outcome.ok);
  return {
    status: 'scored',
    league: planned.league.sheet,
    rows: planned.league.rows,
    skipped: planned.skipped,
    sheetNames: planned.sheetNames,
    undo: planned.undo,
    syncs,
    activeSheet,
    ...(active?.outcome.ok ? { activeAfter: sheetAfterRun(active.snapshot, active.outcome.run.plan) } : {}),
  };
}

/** A plan that writes nothing, as every host reports it. */
export function refusedOutcome(planned: Extract<AllSheetsPlan, { ok: false }>): AllSheetsOutcome {
  return { status: 'refused', code: planned.code, message: planned.message, skipped: planned.skipped };
}

/** Nothing in the workbook could be scored: nothing is written, not even the league. */
export const NOTHING_TO_SCORE =
  '没有可评分的工作表，未写入任何内容。(No sheet could be scored; nothing was written.)';

/** The tab order after `plan`: its new sheets right after the scored sheet, in plan order. */
export function tabOrderAfter(sheetNames: string[], plan: WritePlan): string[] {
  const created = plan.sheets.filter((s) => s.create).map((s) => s.name);
  if (created.length === 0) return sheetNames;
  const at = sheetNames.findIndex((n) => sameText(n, plan.sheet));
  return [...sheetNames.slice(0, at + 1), ...created, ...sheetNames.slice(at + 1)];
}

function snapshotFor(book: WorkbookSnapshot, sheet: SheetSnapshot, sheetNames: string[]): ScoringSnapshot {
  const outputs = outputSheetNames(book.names, sheet.name, sheetNames);
  return {
    sheet,
    names: book.names,
    sheetNames,
    otherSheets: book.sheets.filter((s) => outputs.some((o) => sameText(o, s.name))),
    ...(book.structureProtected ? { structureProtected: true } : {}),
  };
}

/** Several undos as one: their plans touch disjoint things, so their restores simply add up. */
export function combineUndos(undos: UndoPlan[], sheet: string): UndoPlan {
  return {
    restore: {
      sheet,
      blocks: undos.flatMap((u) => u.restore.blocks),
      fills: undos.flatMap((u) => u.restore.fills),
      names: undos.flatMap((u) => u.restore.names),
      sheets: undos.flatMap((u) => u.restore.sheets),
    },
    deleteNames: undos.flatMap((u) => u.deleteNames),
    deleteSheets: undos.flatMap((u) => u.deleteSheets),
  };
}

/**
 * The league's rows: scored sheets, and sheets refused for a reason other than "no table found"
 * (a cover, notes, an empty sheet: not a department's table, skipped as the command line skips it).
 */
export function leagueEntries(runs: SheetRun[]): LeagueEntry[] {
  return runs.flatMap((run): LeagueEntry[] => {
    const base = {
      file: '',
      sheet: run.sheet,
      ...(run.organisation ? { organisation: run.organisation } : {}),
    };
    if (run.outcome.ok) {
      const summary = run.outcome.run.plan.sheets[0]?.name;
      return [
        { ...base, result: run.outcome.run.result, ...(summary ? { summary: { sheet: summary } } : {}) },
      ];
    }
    if (run.outcome.refusal.code === 'not-found') return [];
    const { message, text } = run.outcome.refusal;
    return [{ ...base, refusal: message, ...(text ? { refusalText: text } : {}) }];
  });
}

export function planAllSheets(book: WorkbookSnapshot, options: ScoreAllOptions = {}): AllSheetsPlan {
  let sheetNames = book.sheets.map((s) => s.name);
  const runs: SheetRun[] = [];
  const plans: OrderedPlan[] = [];
  const undos: UndoPlan[] = [];
  for (const sheet of book.sheets) {
    if (isScorerSheet(book.names, sheet.name, cellAt(sheet.grid, 0, 0).value)) continue;
    const snapshot = snapshotFor(book, sheet, sheetNames);
    const outcome = planRun(snapshot, { ...options, detect: true });
    const organisation = factsFromSheet(sheet.name, sheet.grid).organisation;
    runs.push({ sheet: sheet.name, ...(organisation ? { organisation } : {}), snapshot, outcome });
    if (!outcome.ok) continue;
    const undo = planUndo(snapshot, outcome.run.plan);
    plans.push({ plan: outcome.run.plan, sheetNames, snapshot, undo });
    undos.push(undo);
    sheetNames = tabOrderAfter(sheetNames, outcome.run.plan);
  }

  const skipped = runs.flatMap((run) =>
    !run.outcome.ok && run.outcome.refusal.code === 'not-found'
      ? [
          {
            sheet: run.sheet,
            message: run.outcome.refusal.message,
            ...(run.outcome.refusal.text ? { text: run.outcome.refusal.text } : {}),
          },
        ]
      : [],
  );
  if (plans.length === 0) {
    const forRanges = runs.every(
      (run) => !run.outcome.ok && SETUP_REFUSALS.includes(run.outcome.refusal.code),
    );
    return { ok: false, code: forRanges ? 'no-ranges' : 'none-scored', message: NOTHING_TO_SCORE, skipped };
  }
  const rows = leagueRows(leagueEntries(runs));
  const choice = chooseLeagueSheet(book.names, sheetNames, book.sheets);
  if (choice.create && book.structureProtected)
    return { ok: false, code: 'protected', message: STRUCTURE_PROTECTED_MESSAGE, skipped };
  const existing = book.sheets.find((s) => sameText(s.name, choice.name));
  if (existing?.protected)
    return {
      ok: false,
      code: 'protected',
      message: `工作表 ${existing.name} 受保护，未写入任何内容。请撤销保护后重试。`,
      skipped,
    };
  // A new league sheet goes last: "after" the last sheet of the tab order as the plans leave it.
  const last = sheetNames[sheetNames.length - 1] ?? choice.name;
  const leaguePlan: WritePlan = {
    sheet: last,
    blocks: [],
    fills: [],
    names: choice.nameAdd ? [choice.nameAdd] : [],
    sheets: [{ name: choice.name, create: choice.create, ...leagueSheetContent(rows) }],
  };
  const leagueSnapshot: ScoringSnapshot = {
    sheet: book.sheets.find((s) => sameText(s.name, last)) ?? { name: last, protected: false, grid: EMPTY },
    names: book.names,
    sheetNames,
    otherSheets: existing ? [existing] : [],
  };
  const leagueUndo = planUndo(leagueSnapshot, leaguePlan);
  plans.push({ plan: leaguePlan, sheetNames, snapshot: leagueSnapshot, undo: leagueUndo });
  undos.push(leagueUndo);
  return {
    ok: true,
    runs,
    plans,
    league: { sheet: choice.name, rows },
    sheetNames: tabOrderAfter(sheetNames, leaguePlan),
    skipped,
    undo: combineUndos(undos, book.sheets[0]?.name ?? choice.name),
  };
}

const EMPTY = { top: 0, left: 0, values: [], formulas: [], numberFormats: [], fills: [] };
