/**
 * The last run's undo, kept IN the workbook (a custom XML part, ExcelApi 1.5: invisible, moves with
 * the file, not a sheet the officer sees), so a run started from the ribbon can be undone from the
 * pane, and the pane can undo after being closed and reopened. One record at a time, for the last
 * run: each run (评分本表 or 评分全部工作表) deletes the previous record and adds its own in its write
 * sync (no extra round trip); any undo deletes it. The sheets a record is for are in its namespace,
 * so the pane's status read (one sync) can tell whether the sheet on screen has one without reading
 * its XML:
 *   urn:perfscore:undo:v1:<sheet>                 评分本表 of <sheet> (the first format, still read)
 *   urn:perfscore:undo:v1:all:<sheet>,<sheet>,…   评分全部工作表: every sheet it scored and its league
 *   urn:perfscore:undo:v1:all:*                   the same, when the list would be too long: any sheet
 * Sheet names URI-encoded (so a ',' in a name is %2C). Excel forbids ':' and '*' in sheet names, so
 * `all:` can never be a sheet's record, and an older version (which reads `all:…` as a sheet name)
 * never offers it on a sheet and still deletes it at its next run: the same prefix for both.
 */
import type { UndoPlan } from '../../workbook/runOutcome';
import { sameText } from '../../workbook/references';
import { isCurrentRecordId } from '../../workbook/undoCurrency';
import type { WriteStep } from './write-steps';
import { jsonBytes } from './write-steps';
import type { ExcelRunner } from './types';

export const UNDO_RECORD_PREFIX = 'urn:perfscore:undo:v1:';
const ALL_SHEETS_TAG = 'all:';
const ANY_SHEET = '*';
/** Beyond this a namespace lists no sheets (`all:*`): Office documents no limit, none is tested. */
const MAX_NAMESPACE = 2000;

export interface UndoRecord {
  /** The scored sheet (评分本表); for 评分全部工作表 its league sheet (各表评分汇总). */
  sheet: string;
  undo: UndoPlan;
  /** 评分全部工作表 only: every sheet the run scored and its league sheet (the record is of each). */
  allSheets?: string[];
}

/** A record as the list of parts shows it: its id and the sheets it is for. */
export interface RecordEntry {
  id: string;
  /** A 评分全部工作表 record (its undo undoes that whole run). */
  allSheets: boolean;
  /** The sheets it is for; null: any sheet (an all-sheets record whose list was too long). */
  sheets: string[] | null;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function recordNamespace(record: Pick<UndoRecord, 'sheet' | 'allSheets'>): string {
  if (!record.allSheets) return `${UNDO_RECORD_PREFIX}${encodeURIComponent(record.sheet)}`;
  const listed = `${UNDO_RECORD_PREFIX}${ALL_SHEETS_TAG}${record.allSheets.map(encodeURIComponent).join(',')}`;
  return listed.length <= MAX_NAMESPACE ? listed : `${UNDO_RECORD_PREFIX}${ALL_SHEETS_TAG}${ANY_SHEET}`;
}

export function undoRecordXml(record: UndoRecord): string {
  return `<undo xmlns="${recordNamespace(record)}">${escapeXml(JSON.stringify(record))}</undo>`;
}

export function parseUndoRecord(xml: string): UndoRecord | null {
  const body = /<undo[^>]*>([\s\S]*)<\/undo>/.exec(xml)?.[1];
  if (body === undefined) return null;
  try {
    const record = JSON.parse(unescapeXml(body)) as UndoRecord;
    if (typeof record.sheet !== 'string' || !record.undo) return null;
    if (record.allSheets !== undefined && !Array.isArray(record.allSheets)) return null;
    return record;
  } catch {
    return null;
  }
}

/** Queued with a read: every part (id, namespace); the scorer's records are found after the sync. */
export function queueRecordList(context: Excel.RequestContext): Excel.CustomXmlPartCollection {
  return context.workbook.customXmlParts.load('items/id, items/namespaceUri');
}

function entryOf(id: string, namespace: string): RecordEntry {
  const rest = namespace.slice(UNDO_RECORD_PREFIX.length);
  if (!rest.startsWith(ALL_SHEETS_TAG)) return { id, allSheets: false, sheets: [decodeURIComponent(rest)] };
  const list = rest.slice(ALL_SHEETS_TAG.length);
  return {
    id,
    allSheets: true,
    sheets: list === ANY_SHEET ? null : list.split(',').map(decodeURIComponent),
  };
}

/** After the sync: the scorer's records, with the sheets each is for. */
export function recordsIn(parts: Excel.CustomXmlPartCollection): RecordEntry[] {
  return parts.items.flatMap((part) => {
    if (!part.namespaceUri.startsWith(UNDO_RECORD_PREFIX)) return [];
    try {
      return [entryOf(part.id, part.namespaceUri)];
    } catch {
      // A namespace that is not valid URI-encoding: not one this scorer wrote for a sheet, but its
      // prefix says it is a record: still deleted with the others, never offered.
      return [{ id: part.id, allSheets: false, sheets: [] }];
    }
  });
}

/** Whether the record is (also) of `sheet`. */
export const recordIsFor = (record: RecordEntry, sheet: string): boolean =>
  record.sheets === null || record.sheets.some((s) => sameText(s, sheet));

/** A record's write step; once its sync is done, `addedId()` is the new record's id (Excel's). */
export type RecordStep = WriteStep & { addedId(): string | null };

/**
 * The write step that replaces the old records with this run's. Last in the write, after everything
 * it describes. The new part's id is loaded in the same sync (no extra round trip): the pane keeps it
 * with the run's undo, and offers that undo only while the workbook's record still has that id.
 * Null when the record would weigh more than `maxBytes` (a huge sheet on the web): then the run keeps
 * no record (the pane that ran it still holds its undo).
 */
export function recordStep(oldIds: string[], record: UndoRecord, maxBytes: number): RecordStep | null {
  const xml = undoRecordXml(record);
  const bytes = jsonBytes(xml) + 300 * (oldIds.length + 1);
  if (bytes > maxBytes) return null;
  let added: Excel.CustomXmlPart | null = null;
  return {
    bytes,
    queue(context) {
      for (const id of oldIds) context.workbook.customXmlParts.getItem(id).delete();
      added = context.workbook.customXmlParts.add(xml);
      added.load('id');
    },
    addedId: () => addedIdOf(added),
  };
}

/** The id of a part added in a sync that is done; null when that sync failed (nothing added). */
function addedIdOf(part: Excel.CustomXmlPart | null): string | null {
  try {
    return part ? part.id : null;
  } catch {
    return null;
  }
}

/** The write step that only deletes the old records (a run whose own record is too heavy to keep). */
export function dropRecordsStep(oldIds: string[]): WriteStep {
  return {
    bytes: 300 * oldIds.length,
    queue(context) {
      for (const id of oldIds) context.workbook.customXmlParts.getItem(id).delete();
    },
  };
}

/** What a run's write ends with: its record, or (too heavy to keep) only the deletion of the old ones. */
export interface RunRecordStep {
  step: WriteStep;
  /** Whether the run keeps its record (false: the workbook is left with none). */
  recorded: boolean;
  /** Once the write's sync is done: the new record's id; null when none was kept or the sync failed. */
  recordId(): string | null;
}

/**
 * The one rule every run (评分本表, 评分全部工作表, the record of what landed after a failed write)
 * keeps the workbook's records by: the old records describe runs this one supersedes, so they go in
 * this run's write sync (no extra round trip) whether or not its own record fits in `maxBytes`. A run
 * that cannot keep its record leaves none: an older one would restore its sheets to before that older
 * run, over this newer one.
 */
export function runRecordStep(oldIds: string[], record: UndoRecord, maxBytes: number): RunRecordStep {
  const kept = recordStep(oldIds, record, maxBytes);
  if (kept) return { step: kept, recorded: true, recordId: kept.addedId };
  return { step: dropRecordsStep(oldIds), recorded: false, recordId: () => null };
}

/** A ClientResult's value, readable once the sync that computed it is done (not a loaded property). */
const xmlOf = (result: OfficeExtension.ClientResult<string>): string => result.value;

/**
 * Whether `recordId` (the id a run's record got; null: the run kept none) is still the workbook's
 * record: every later run replaces the records it finds in its own write sync, so a record that is
 * still there has not been superseded. An undo the pane holds is applied only then (never over a
 * later run's outputs). A run that kept no record counts as current while the workbook has none.
 */
export function isCurrentRecord(records: RecordEntry[], recordId: string | null): boolean {
  return isCurrentRecordId(
    recordId,
    records.map((r) => r.id),
  );
}

/** The record for `sheet` (of its 评分本表, or of a 评分全部工作表 that scored it), if the workbook holds one (two syncs: the list, then its XML). */
export function readUndoRecord(run: ExcelRunner, sheet: string): Promise<UndoRecord | null> {
  return run(async (context) => {
    const parts = queueRecordList(context);
    await context.sync();
    const found = recordsIn(parts).find((r) => recordIsFor(r, sheet));
    if (!found) return null;
    const result = context.workbook.customXmlParts.getItem(found.id).getXml();
    await context.sync();
    return parseUndoRecord(xmlOf(result));
  });
}

/** Forgets every record (after any undo, so an old record is never applied twice). */
export function deleteUndoRecords(run: ExcelRunner): Promise<void> {
  return run(async (context) => {
    const parts = queueRecordList(context);
    await context.sync();
    const records = recordsIn(parts);
    if (records.length === 0) return;
    for (const record of records) context.workbook.customXmlParts.getItem(record.id).delete();
    await context.sync();
  });
}
