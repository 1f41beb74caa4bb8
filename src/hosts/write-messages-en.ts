/** ./write-messages.ts in English, code for code (the pane only). */
import type { MessageTable } from '../engine/messages';
import type { WriteMessages } from './write-messages';

export const WRITE_EN: MessageTable<WriteMessages> = {
  'write.failed': (p, r) => `${r(p.reason)}\n${r(p.what)}`,
  'write.nothing': () => 'Nothing was written.',
  'write.maybe': () => 'The workbook may have been partly changed; what changed cannot be told.',
  'write.partly': (p, r) => `The write stopped part-way. Written: ${p.written.map(r).join('; ')}.`,
  'written.sheet': (p) => `new sheet ${p.name}`,
  'written.names': (p) => `names ${p.names.join(', ')}`,
  'written.deleted-names': (p) => `deleted names ${p.names.join(', ')}`,
  'written.cells': (p) => `${p.count} cells of sheet ${p.sheet}`,
  'written.rewrote': (p) => `sheet ${p.name} rewritten`,
  'wps.protected': () =>
    'The sheet or workbook is protected; WPS Spreadsheets refused the write. Unprotect it and try again.',
  'undo.unexpected': (p) => `The undo failed: unexpected error: ${p.detail}.`,
  'undo.failed': (p, r) => `The undo did not finish: ${r(p.reason)}`,
  'undo.nothing': () => 'The undo failed; nothing was changed.',
  'undo.partly': (p, r) =>
    `The undo stopped part-way. Restored: ${p.restored.map(r).join('; ')}. The rest still holds what the scoring wrote; undo again for it.`,
  'restored.names': (p) => `the previous definitions of names ${p.names.join(', ')}`,
  'restored.sheet': (p) => `the previous contents of sheet ${p.name}`,
  'removed.sheet': (p) => `deleted sheet ${p.name}`,
};
