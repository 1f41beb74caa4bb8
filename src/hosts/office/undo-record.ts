/**
 * The last run's undo, kept IN the workbook (a custom XML part, ExcelApi 1.5: invisible, moves with
 * the file, not a sheet the officer sees), so a run started from the ribbon can be undone from the
 * pane, and the pane can undo after being closed and reopened. One record at a time, for the last
 * run: each run deletes the previous record and adds its own in its write sync (no extra round trip);
 * any undo deletes it. The scored sheet's name is in the record's namespace, so the pane's status
 * read (one sync) can tell whether the sheet on screen has one without reading its XML.
 */
import type { UndoPlan } from '../../workbook/runOutcome';
import { sameText } from '../../workbook/references';
import type { WriteStep } from './write-steps';
import { jsonBytes } from './write-steps';
import type { ExcelRunner } from './types';

export const UNDO_RECORD_PREFIX = 'urn:perfscore:undo:v1:';

export interface UndoRecord {
  sheet: string;
  undo: UndoPlan;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export const recordNamespace = (sheet: string) => `${UNDO_RECORD_PREFIX}${encodeURIComponent(sheet)}`;

export function undoRecordXml(record: UndoRecord): string {
  return `<undo xmlns="${recordNamespace(record.sheet)}">${escapeXml(JSON.stringify(record))}</undo>`;
}

export function parseUndoRecord(xml: string): UndoRecord | null {
  const body = /<undo[^>]*>([\s\S]*)<\/undo>/.exec(xml)?.[1];
  if (body === undefined) return null;
  try {
    const record = JSON.parse(unescapeXml(body)) as UndoRecord;
    return typeof record.sheet === 'string' && record.undo ? record : null;
  } catch {
    return null;
  }
}

/** Queued with a read: every part (id, namespace); the scorer's records are found after the sync. */
export function queueRecordList(context: Excel.RequestContext): Excel.CustomXmlPartCollection {
  return context.workbook.customXmlParts.load('items/id, items/namespaceUri');
}

/** After the sync: the scorer's records, with the sheet each is for. */
export function recordsIn(parts: Excel.CustomXmlPartCollection): { id: string; sheet: string }[] {
  return parts.items
    .filter((part) => part.namespaceUri.startsWith(UNDO_RECORD_PREFIX))
    .map((part) => ({
      id: part.id,
      sheet: decodeURIComponent(part.namespaceUri.slice(UNDO_RECORD_PREFIX.length)),
    }));
}

/**
 * The write step that replaces the old records with this run's. Last in the write, after everything
 * it describes. Null when the record would weigh more than `maxBytes` (a huge sheet on the web):
 * then the run keeps no record (the pane that ran it still holds its undo).
 */
export function recordStep(oldIds: string[], record: UndoRecord, maxBytes: number): WriteStep | null {
  const xml = undoRecordXml(record);
  const bytes = jsonBytes(xml) + 300 * (oldIds.length + 1);
  if (bytes > maxBytes) return null;
  return {
    bytes,
    queue(context) {
      for (const id of oldIds) context.workbook.customXmlParts.getItem(id).delete();
      context.workbook.customXmlParts.add(xml);
    },
  };
}

/** A ClientResult's value, readable once the sync that computed it is done (not a loaded property). */
const xmlOf = (result: OfficeExtension.ClientResult<string>): string => result.value;

/** The record for `sheet`, if the workbook holds one (two syncs: the list, then its XML). */
export function readUndoRecord(run: ExcelRunner, sheet: string): Promise<UndoRecord | null> {
  return run(async (context) => {
    const parts = queueRecordList(context);
    await context.sync();
    const found = recordsIn(parts).find((r) => sameText(r.sheet, sheet));
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
