/**
 * The JSON result of docs/workbook-contract.md §4, built from the engine's ScoreResult. Only the
 * fields the contract names are copied (other tools and the acceptance checks read this shape).
 */
import type { ScoreResult } from '../engine/types';

export interface SheetJson {
  sheet: string;
  profile: string;
  /** The rules applied: the base and every setting PE_Rules changed (§4). */
  rules: { base: string; changed: { setting: string; label: string; value: string }[] };
  total: number;
  grade: string;
  complete: boolean;
  /** "detected": the sheet had no PE_* names and was scored from its headers (the copy carries them). */
  layout: 'names' | 'detected';
  /** Every input name read: { "PE_Targets": "Sheet!$D$4:$D$27", … }. */
  ranges: Record<string, string>;

  groups: { name: string; points: number; score: number }[];
  sections: { name: string; points: number; score: number }[];
  indicators: {
    cell: string;
    name: string;
    section: string | null;
    rate: number | null;
    weight: number | null;
    score: number | null;
    flag: string;
    note: string;
    /** The row's 偏差原因 (PE_Reasons) as written; null when the row has none. */
    reason: string | null;
    /** Next year's target on an over150 / review row (≥170万), null otherwise; never written to the sheet's targets. */
    suggestedTarget: string | null;
    suggestionReason: string | null;
    /** Present (true) only on a detail row (其中：…): listed, not scored (§4). */
    detail?: true;
  }[];
  deductions: { item: string; points: number; deducted: number; reason: string }[];
  findings: { level: string; cell: string | null; message: string }[];
}

export interface FileJson {
  file: string;
  /** Null when nothing was written (no sheet could be scored). */
  output: string | null;
  sheets: SheetJson[];
  /** Sheets that could not be scored, with why (only present when there are some). */
  refused?: { sheet: string; message: string }[];
  /** Why the file itself could not be read or written (only present then). */
  error?: string;
}

export interface RunJson {
  files: FileJson[];
}

export function sheetJson(
  sheet: string,
  result: ScoreResult,
  layout: { layout: 'names' | 'detected'; ranges: Record<string, string> },
): SheetJson {
  return {
    sheet,
    profile: result.profile,
    rules: {
      base: result.rules.base,
      changed: result.rules.changed.map(({ setting, label, value }) => ({ setting, label, value })),
    },
    total: result.total,
    grade: result.grade,
    complete: result.complete,
    layout: layout.layout,
    ranges: layout.ranges,
    groups: result.groups.map(({ name, points, score }) => ({ name, points, score })),
    sections: result.sections.map(({ name, points, score }) => ({ name, points, score })),
    indicators: result.indicators.map((row) => ({
      cell: row.cell,
      name: row.name,
      section: row.section,
      rate: row.rate,
      weight: row.weight,
      score: row.score,
      flag: row.flag,
      note: row.note,
      reason: row.reason ?? null,
      ...(row.detail ? { detail: true as const } : {}),
      suggestedTarget: row.suggestedTarget ?? null,
      suggestionReason: row.suggestionReason ?? null,
    })),
    deductions: result.deductions.map(({ item, points, deducted, reason }) => ({
      item,
      points,
      deducted,
      reason,
    })),
    findings: result.findings.map(({ level, cell, message }) => ({ level, cell, message })),
  };
}
