/**
 * PE_Rules (workbook-contract.md §1): an optional block of two columns on the scored sheet, one
 * setting per row (setting | value), looked up like every other input name. The engine's settings
 * table (engine/rulesSettings.ts) reads the rows; here: where the block is, and which base profile
 * wins (--profile or the pane's choice, then PE_Rules' 基础规则, then PE_Profile, then the default).
 *
 * Decisions: the first two columns are setting and value; further columns are the user's (a 说明
 * column is fine) and are not read. A whole-column reference ($K:$L) is read over the sheet's used
 * rows. Blank rows, a first row that is a header (设置 | 值) and settings with a blank value are
 * skipped silently.
 */
import type { Message } from '../engine/messages/message';
import { wmsg, workbookFinding } from './messages';
import { DEFAULT_PROFILE, parseProfileId } from '../engine';
import { readRuleRows, type ParsedRules } from '../engine/rulesSettings';
import type { Finding, InputCell, ProfileId, RuleOverrides } from '../engine/types';
import { cellAt, usedRows } from './grid';
import { lookupName } from './names';
import { a1, formatReference } from './references';
import type { Area, ScoringSnapshot } from './types';

export const RULES_NAME = 'PE_Rules';

export interface RulesInput {
  /** The block as read (null when the sheet has no usable PE_Rules). */
  area: Area | null;
  /** 基础规则 from PE_Rules, with its cell. */
  base: ParsedRules['base'];
  /** Null when the sheet has no usable PE_Rules: the base profile is scored as it is. */
  overrides: RuleOverrides | null;
  findings: Finding[];
}

const NONE: RulesInput = { area: null, base: null, overrides: null, findings: [] };

function nameProblem(text: Message): RulesInput {
  return { ...NONE, findings: [workbookFinding('error', RULES_NAME, 'name-invalid', text)] };
}

/** Reads the sheet's PE_Rules block, if any. */
export function readRules(snapshot: ScoringSnapshot): RulesInput {
  const sheet = snapshot.sheet.name;
  const grid = snapshot.sheet.grid;
  const found = lookupName(snapshot.names, sheet, RULES_NAME);
  if (found.kind === 'none') return NONE;
  if (found.kind === 'bad') return nameProblem(wmsg('name.unused', { problem: found.text }));
  const area = found.area;
  if (area.right === area.left) {
    return nameProblem(wmsg('name.rules-shape', { name: RULES_NAME, reference: formatReference(area) }));
  }
  const used = usedRows(grid);
  const bottom = Math.min(area.bottom, used ? used.bottom : area.top);
  const cell = (row: number, col: number): InputCell => {
    const found = cellAt(grid, row, col);
    return { address: a1(row, col), value: found.value, numberFormat: found.numberFormat };
  };
  const rows = [];
  for (let row = area.top; row <= bottom; row += 1) {
    rows.push({ setting: cell(row, area.left), value: cell(row, area.left + 1) });
  }
  const parsed = readRuleRows(rows);
  return { area, base: parsed.base, overrides: parsed.overrides, findings: parsed.findings };
}

function profileCellText(cell: InputCell | null): string | null {
  if (!cell || cell.value === null || cell.value === '') return null;
  return typeof cell.value === 'object' ? cell.value.error : String(cell.value);
}

/**
 * The base profile: `override` (--profile, the pane's session choice) first; then PE_Rules'
 * 基础规则, with a warning when PE_Profile says otherwise; then PE_Profile (a bad value is a
 * warning and the default); then the profile detection chose (contract §5); then the default.
 */
export function chooseBase(
  rulesBase: ParsedRules['base'],
  profileCell: InputCell | null,
  override: ProfileId | undefined,
  detected: ProfileId | null = null,
): { profile: ProfileId; findings: Finding[] } {
  if (override) return { profile: override, findings: [] };
  const text = profileCellText(profileCell);
  if (rulesBase) {
    if (text === null || parseProfileId(text.trim()) === rulesBase.id)
      return { profile: rulesBase.id, findings: [] };
    const cell = profileCell!.address;
    const message = wmsg('rules-base-conflict', {
      cell,
      value: text,
      base: rulesBase.id,
      baseCell: rulesBase.cell,
    });
    return {
      profile: rulesBase.id,
      findings: [workbookFinding('warning', cell, 'rules-base-conflict', message)],
    };
  }
  if (text === null) return { profile: detected ?? DEFAULT_PROFILE, findings: [] };
  const parsed = parseProfileId(text.trim());
  if (parsed) return { profile: parsed, findings: [] };
  return {
    profile: DEFAULT_PROFILE,
    findings: [
      workbookFinding(
        'warning',
        profileCell!.address,
        'profile-invalid',
        wmsg('profile-unknown', { cell: profileCell!.address, value: text, id: DEFAULT_PROFILE }),
      ),
    ],
  };
}
