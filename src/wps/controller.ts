/**
 * The PaneController over WPS 表格 (ET), so the existing React pane runs in WPS without office.js.
 * Every method is a few synchronous ET calls; failures come back as values (code 'office-error'
 * with WPS's own words), never thrown. Same behaviour as src/app/excel-controller.ts: names are
 * always scoped to the active sheet, scoring runs with detection, profiles chosen for sheets without
 * PE_Profile are kept for this session only.
 */
import { createSessionProfiles, type SessionProfiles } from '../app/session-profiles';
import type { ActionResult, PaneAllOutcome, PaneController, Problem, SheetStatus } from '../app/controller';
import { splitReference } from '../workbook/referenceText';
import { profileFromCell } from '../app/runner';
import { sheetLayout } from '../app/sheet-layout-build';
import { lastRunOf, namesForSheet, type LastRunOf } from '../app/sheet-status';
import type { ProfileId } from '../engine/types';
import { applyUndo, describeWpsError, scoreActiveSheet, scoreAllSheets, wpsErrorText } from '../hosts/wps';
import { toExcelInput } from '../hosts/cell-input';
import type { EtApplication, EtWorksheet } from '../hosts/wps/et-types';
import { formatRects } from '../hosts/wps/apply';
import { rectAddress } from '../hosts/wps/blocks';
import { readGrid } from '../hosts/wps/read-grid';
import { readNames, readSheetNames } from '../hosts/wps/read-snapshot';
import { detectLayout } from '../workbook/detect';
import { buildExampleSheet, EXAMPLE_SHEET_NAME, exampleBlock } from '../workbook/example';
import { lookupName, rangeFitsName } from '../workbook/names';
import { freeSheetName, SUMMARY_SHEET } from '../workbook/outputSheets';
import { columnLetters, sameText } from '../workbook/references';
import { OUTPUT_NAMES } from '../workbook/outputNames';
import { outputSheetOf } from '../workbook/outputLocation';
import type { DefinedName } from '../workbook/types';
import { isCurrentRecordId } from '../workbook/undoCurrency';
import {
  forgetAllSheetsRun,
  forgetAllSheetsRunIfUndone,
  forgetRun,
  keepRun,
  keptAllSheetsRun,
  lastAllSheetsRun,
  lastRun,
  rememberRun,
  type RunStorage,
} from './last-run';

function activeNames(app: EtApplication, sheet: EtWorksheet, name: string): DefinedName[] {
  return [...readNames(app.ActiveWorkbook.Names, 'workbook'), ...readNames(sheet.Names, { sheet: name })];
}

/** Deletes a sheet-scoped name when it exists (ET's Item throws for a missing one). */
function deleteSheetName(sheet: EtWorksheet, name: string, sheetName: string): void {
  const exists = readNames(sheet.Names, { sheet: sheetName }).some((n) => sameText(n.name, name));
  if (exists) sheet.Names.Item(name).Delete();
}

/** The pane's held undo is no longer the kept run (src/app/held-undo.ts): refused, nothing done. */
const STALE_UNDO: Problem = {
  code: 'stale-undo',
  detail:
    '此后又评过分，这个撤销已过期，未做任何更改。(stale-undo: a later run superseded it; nothing changed.)',
};

const absolute = (address: string) => address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
const refersTo = (sheet: string, address: string) => `='${sheet.replace(/'/g, "''")}'!${absolute(address)}`;

/**
 * `storage` is the add-in's PluginStorage (the pane passes it): each run's undo is kept there so the
 * pane can undo a ribbon run (last-run.ts); without it the pane undoes only its own runs.
 */
export function createWpsController(app: EtApplication, storage?: RunStorage): PaneController {
  // The rules chosen this session for sheets without PE_Profile, per workbook: WPS keeps one pane for
  // every open workbook, so a choice for 'Sheet1' of one file must never score 'Sheet1' of another
  // (the workbook's name, as last-run.ts keys its runs).
  const profilesByBook = new Map<string, SessionProfiles>();
  function sessionProfiles(): SessionProfiles {
    const book = app.ActiveWorkbook.Name ?? '';
    let profiles = profilesByBook.get(book);
    if (!profiles) {
      profiles = createSessionProfiles();
      profilesByBook.set(book, profiles);
    }
    return profiles;
  }
  const chosenProfiles = () => {
    const bySheet = sessionProfiles().bySheet();
    return bySheet ? { profileBySheet: bySheet } : {};
  };

  function attempt<T extends object>(action: () => ActionResult<T>): Promise<ActionResult<T>> {
    try {
      return Promise.resolve(action());
    } catch (error) {
      const problem: Problem = {
        code: 'office-error',
        detail: describeWpsError(error),
        detailText: wpsErrorText(error),
      };
      return Promise.resolve({ ok: false, problem });
    }
  }

  function sheetStatus(): SheetStatus {
    const sheet = app.ActiveSheet;
    const name = sheet.Name;
    const names = activeNames(app, sheet, name);
    const profile = lookupName(names, name, 'PE_Profile');
    const reference = profile.kind === 'ok' ? splitReference(profile.definition.formula) : null;
    const cell = reference
      ? app.ActiveWorkbook.Worksheets.Item(reference.sheet ?? name).Range(reference.address).Value2
      : undefined;
    const value = Array.isArray(cell) ? (cell as unknown[][])[0]?.[0] : cell;
    return {
      sheet: name,
      names: namesForSheet(name, names),
      profile: reference ? profileFromCell(value) : null,
      hasProfileCell: reference !== null,
      // Present only when there is a run to undo, as the Excel controller reports it.
      ...lastRunFor(name),
    };
  }

  /**
   * The ids of the kept runs an undo held for `sheet` may be: its own last run's and the kept
   * 评分全部工作表's (workbook-wide, as the pane's list of it is).
   */
  function keptIds(sheet: string): string[] {
    if (!storage) return [];
    const ids = [lastRun(storage, app, sheet)?.id, keptAllSheetsRun(storage, app)?.id];
    return ids.filter((id): id is string => typeof id === 'string' && id !== '');
  }

  /** The kept run `sheet` can undo: its own last run, else a 评分全部工作表 that scored it. */
  function lastRunFor(sheet: string): LastRunOf {
    if (!storage) return {};
    const ids = keptIds(sheet);
    if (lastRun(storage, app, sheet) !== null) return lastRunOf(true, false, ids);
    return lastRunOf(lastAllSheetsRun(storage, app, sheet) !== null, true, ids);
  }

  /** One scoring run (with the 自评报告 when `report`); its undo kept for the pane and the ribbon. */
  function scoreSheet(profile: ProfileId | undefined, report: boolean) {
    const outcome = scoreActiveSheet(app, {
      ...(profile ? { profile } : {}),
      ...chosenProfiles(),
      ...(report ? { report: true } : {}),
      detect: true,
    });
    if (!storage) return outcome;
    const id = rememberRun(storage, app, outcome);
    return id ? { ...outcome, undoRecordId: id } : outcome;
  }

  return {
    getSheetStatus: () => attempt(() => ({ ok: true, status: sheetStatus() })),

    score: (profile) => Promise.resolve(scoreSheet(profile, false)),
    generateReport: () => Promise.resolve(scoreSheet(undefined, true)),

    scoreAll(): Promise<PaneAllOutcome> {
      const outcome = scoreAllSheets(app, chosenProfiles());
      if (outcome.status === 'failed' && outcome.undo && storage) {
        // The undo of what landed, kept as the workbook's all-sheets run for every sheet (the combined
        // undo does not say which scored sheet an output sheet it touched belongs to), so the pane's
        // 撤销已写入的部分 has a kept id to be checked against, and no older run is offered over it.
        const allSheets = readSheetNames(app);
        const id = keepRun(storage, app, { allSheets, undo: outcome.undo });
        return Promise.resolve({ ...outcome, undoRecordId: id });
      }
      if (outcome.status !== 'scored') return Promise.resolve(outcome);
      if (!storage) return Promise.resolve({ ...outcome, sheetStatus: sheetStatus() });
      // This run's undo, for a pane opened later (as the Office host's record in the workbook).
      const scored = outcome.rows.filter((row) => row.total !== null).map((row) => row.sheet);
      const id = keepRun(storage, app, { allSheets: [...scored, outcome.league], undo: outcome.undo });
      return Promise.resolve({ ...outcome, undoRecordId: id, sheetStatus: sheetStatus() });
    },

    undo: (plan, recordId) =>
      attempt((): ActionResult => {
        const sheet = app.ActiveSheet.Name;
        if (storage && recordId !== undefined) {
          // The held undo is applied only while its run is still kept (no later run superseded it).
          if (!isCurrentRecordId(recordId, keptIds(sheet))) return { ok: false, problem: STALE_UNDO };
        }
        applyUndo(app, plan);
        if (!storage) return { ok: true };
        // The kept run undone is forgotten (never undone twice): the one with the held id.
        const all = keptAllSheetsRun(storage, app);
        if (recordId === undefined || recordId !== all?.id) forgetRun(storage, app, sheet);
        if (recordId === undefined) forgetAllSheetsRunIfUndone(storage, app, plan);
        else if (all && recordId === all.id) forgetAllSheetsRun(storage, app);
        return { ok: true };
      }),

    undoLastRun: (sheet) =>
      attempt((): ActionResult => {
        const own = storage ? lastRun(storage, app, sheet) : null;
        const all = storage && !own ? lastAllSheetsRun(storage, app, sheet) : null;
        const plan = own?.undo ?? all?.undo;
        if (!storage || !plan)
          return {
            ok: false,
            problem: { code: 'office-error', detail: '没有可撤销的评分 (nothing to undo)' },
          };
        applyUndo(app, plan);
        if (own) forgetRun(storage, app, sheet);
        else forgetAllSheetsRun(storage, app);
        return { ok: true };
      }),

    readLayout: () =>
      attempt(() => {
        const sheet = app.ActiveSheet;
        const name = sheet.Name;
        const names = activeNames(app, sheet, name);
        const detection = detectLayout(readGrid(sheet, name), name);
        return { ok: true, layout: sheetLayout(name, names, detection, sessionProfiles().of(name)) };
      }),

    defineNames: (definitions) =>
      attempt(() => {
        const sheet = app.ActiveSheet;
        const name = sheet.Name;
        for (const definition of definitions) {
          deleteSheetName(sheet, definition.name, name);
          sheet.Names.Add(definition.name, refersTo(name, definition.address));
        }
        return { ok: true };
      }),

    useSelectionAs: (name) =>
      attempt<{ address: string }>(() => {
        const selection = app.Selection;
        if (!selection) return { ok: false, problem: { code: 'multi-area' } };
        const full = selection.Address();
        if (full.includes(',')) return { ok: false, problem: { code: 'multi-area', detail: full } };
        const address = full.slice(full.lastIndexOf('!') + 1).replace(/\$/g, '');
        const rows = selection.Rows.Count;
        const cols = selection.Columns.Count;
        if (!rangeFitsName(name, rows, cols))
          return { ok: false, problem: { code: 'selection-shape', detail: address } };
        const sheet = app.ActiveSheet;
        const sheetName = sheet.Name;
        deleteSheetName(sheet, name, sheetName);
        sheet.Names.Add(name, refersTo(sheetName, address));
        return { ok: true, address };
      }),

    insertExample: () =>
      attempt(() => {
        const sheets = app.ActiveWorkbook.Worksheets;
        const name = freeSheetName(EXAMPLE_SHEET_NAME, readSheetNames(app));
        const example = buildExampleSheet(name);
        const sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
        sheet.Name = name;
        const { values, numberFormats } = exampleBlock(example);
        const last = `${columnLetters(values[0].length - 1)}${values.length}`;
        const block = sheet.Range(`A1:${last}`);
        // Formats first (one call per same-format rectangle), so text formats govern the values.
        for (const { rect, format } of formatRects(numberFormats, 0, 0))
          sheet.Range(rectAddress(rect)).NumberFormat = format;
        block.Value2 = values.map((row) => row.map(toExcelInput));
        const bold = example.cells.filter((c) => c.bold).map((c) => `${columnLetters(c.col)}${c.row + 1}`);
        if (bold.length > 0 && sheet.Range(bold.join(',')).Font)
          sheet.Range(bold.join(',')).Font!.Bold = true;
        for (const merge of example.merges) sheet.Range(merge).Merge?.();
        example.columnWidths.forEach((width, col) => {
          sheet.Range(`${columnLetters(col)}1`).ColumnWidth = width;
        });
        for (const added of example.names) {
          const reference = splitReference(added.formula);
          if (reference) sheet.Names.Add(added.name, refersTo(name, reference.address));
        }
        sheet.Activate();
        return { ok: true, sheet: name };
      }),

    selectCell: (sheetName, address) =>
      attempt(() => {
        const sheet = app.ActiveWorkbook.Worksheets.Item(sheetName);
        sheet.Activate();
        sheet.Range(address).Select?.();
        return { ok: true };
      }),

    showSummary: (scoredSheet) =>
      attempt(() => {
        const workbook = app.ActiveWorkbook;
        const names = readNames(workbook.Worksheets.Item(scoredSheet).Names, { sheet: scoredSheet });
        // Where the scored sheet's own PE_OutSummary points, by the scorer's rule (as the Office pane).
        const target =
          outputSheetOf(names, scoredSheet, readSheetNames(app), OUTPUT_NAMES.summary) ?? SUMMARY_SHEET;
        const sheet = workbook.Worksheets.Item(target);
        sheet.Activate();
        sheet.Range('A1').Select?.();
        return { ok: true };
      }),

    watchActiveSheet(onChange) {
      try {
        const events = app.ApiEvent;
        if (!events) return Promise.resolve(false);
        events.AddApiEventListener('SheetActivate', () => onChange());
        return Promise.resolve(true);
      } catch {
        return Promise.resolve(false);
      }
    },

    setProfile: (profile) =>
      attempt<{ stored: 'cell' | 'session' }>(() => {
        const sheet = app.ActiveSheet;
        const name = sheet.Name;
        const found = lookupName(activeNames(app, sheet, name), name, 'PE_Profile');
        const reference = found.kind === 'ok' ? splitReference(found.definition.formula) : null;
        if (!reference) {
          sessionProfiles().choose(name, profile);
          return { ok: true, stored: 'session' } as const;
        }
        app.ActiveWorkbook.Worksheets.Item(reference.sheet ?? name).Range(reference.address).Value2 = profile;
        sessionProfiles().forget(name);
        return { ok: true, stored: 'cell' } as const;
      }),
  };
}
