/**
 * The one rule for whether a held undo is still current (every host and the pane use it): each run's
 * undo is kept under a record id (Office: its custom XML part's; WPS: the id kept with it in
 * PluginStorage), and a later run replaces the record. So an undo is current while its id is among
 * the ids the host keeps now; a run that kept no record (null: its record too heavy to keep) counts
 * as current while the host keeps none at all.
 */
export function isCurrentRecordId(recordId: string | null, keptIds: readonly string[]): boolean {
  return recordId === null ? keptIds.length === 0 : keptIds.includes(recordId);
}
