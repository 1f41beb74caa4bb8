/**
 * The department's own 得分 against the recomputed score (§11): a finding, never a silent fix. The
 * department often fills the 得分 column itself; where the host maps that column (`reportedScore`),
 * every figure that differs from ours — to the cent, at the rules' precision — is named, and so is a
 * figure above the row's weight. Rows that could not be scored, and detail rows, are not compared.
 */
import { warningAt } from './findings';
import { msg } from './messages';
import { trimmed } from './format';
import type { ScoredRow } from './indicators';
import { parseNumberCell } from './parse/number';
import { displayValue, isBlank } from './parse/text';
import type { Finding } from './types';

export function checkReportedScore(row: ScoredRow, findings: Finding[]): void {
  const cell = row.work.input.reportedScore;
  if (!cell || isBlank(cell) || row.work.detail || row.score === null) return;
  const parsed = parseNumberCell(cell);
  if (parsed.kind === 'unreadable') {
    findings.push(
      warningAt(
        cell.address,
        msg('reported-score-unreadable', { cell: cell.address, value: displayValue(cell), why: parsed.why }),
        'reported-score-unreadable',
      ),
    );
    return;
  }
  const reported = parsed.value;
  const weight = row.work.weight;
  if (weight && reported.gt(weight)) {
    findings.push(
      warningAt(
        cell.address,
        msg('reported-score-over', {
          cell: cell.address,
          reported: trimmed(reported, 4),
          weight: trimmed(weight, 4),
          score: trimmed(row.score, 4),
        }),
        'reported-score-mismatch',
      ),
    );
    return;
  }
  if (reported.eq(row.score)) return;
  findings.push(
    warningAt(
      cell.address,
      msg('reported-score-mismatch', {
        cell: cell.address,
        reported: trimmed(reported, 4),
        score: trimmed(row.score, 4),
        note: row.result.noteText ?? msg('note.errors', { problems: [] }),
      }),
      'reported-score-mismatch',
    ),
  );
}
