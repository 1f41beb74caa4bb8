/**
 * What the pane does with 评分全部工作表's outcome: the list to show, the message, the status it
 * can take without a read. Loaded with the click (a chunk of its own, like the list itself), so the
 * pane's first paint carries only the button.
 */
import type { PaneAllOutcome, SheetStatus } from '../app/controller';
import { heldUndoOf, type HeldUndo } from '../app/held-undo';
import type { NoticeSource } from './notice';

export interface AllOutcomeView {
  league: Extract<PaneAllOutcome, { status: 'scored' }> | null;
  notice: NoticeSource;
  /** The active sheet's status as the run left it (no read needed). */
  status: SheetStatus | null;
  /** Whether what the pane shows is still true without a read (a refusal wrote nothing). */
  statusKnown: boolean;
  /** A failed write's undo, offered as 撤销已写入的部分. */
  partial: HeldUndo | null;
}

export function allOutcomeView(outcome: PaneAllOutcome): AllOutcomeView {
  if (outcome.status === 'scored') {
    const count = outcome.rows.filter((row) => row.total !== null).length;
    return {
      league: outcome,
      notice: (t) => ({ intent: 'success', text: t('scoreAllDone', { count, league: outcome.league }) }),
      status: outcome.sheetStatus ?? null,
      statusKnown: outcome.sheetStatus !== undefined,
      partial: null,
    };
  }
  const refused = outcome.status === 'refused';
  return {
    league: null,
    notice: (t) => ({
      intent: refused ? 'warning' : 'error',
      title: t(refused ? 'refused' : 'failed'),
      text: t.message(outcome.status === 'failed' ? outcome.text : undefined, outcome.message),
    }),
    status: null,
    statusKnown: refused, // nothing was written
    partial: outcome.status === 'failed' ? heldUndoOf(outcome) : null,
  };
}
