/**
 * Next year's target in the pane's 需调整目标 fold (issue 10): under the row's note, in the pane's
 * language (the Chinese the workbook carries; English from the same message).
 */
import { render, screen } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-theme';
import { msg, zh } from '../../src/engine/messages';
import type { ScoreResult } from '../../src/engine/types';
import { ThemeRoot } from '../../src/taskpane/components/ThemeRoot';
import { FlaggedLists } from '../../src/taskpane/components/FlaggedLists';
import { loadStrings, translator, type Locale } from '../../src/taskpane/i18n';
import { SEED_RESULT } from './fixtures';

const reasonText = msg('suggestion.reason', {
  why: msg('suggestion.actual', { actual: '171.87万', step: '10万', direction: 'down' }),
  target: '≥170万',
});

const withSuggestion: ScoreResult = {
  ...SEED_RESULT,
  indicators: SEED_RESULT.indicators.map((row) =>
    row.cell === 'E14'
      ? {
          ...row,
          suggestedTarget: '≥170万',
          suggestionReason: zh(reasonText),
          suggestionReasonText: reasonText,
        }
      : row,
  ),
};

function shown(locale: Locale): string[] {
  render(
    <ThemeRoot theme={webLightTheme} lang={locale}>
      <FlaggedLists result={withSuggestion} t={translator(locale)} onSelectCell={() => undefined} />
    </ThemeRoot>,
  );
  return screen.getAllByTestId('suggestion').map((s) => s.textContent ?? '');
}

it('zh-CN: the reason as the workbook writes it, only on the row that has one', () => {
  expect(shown('zh-CN')).toEqual([
    '指标值原则上不低于上年实际水平：本年实际171.87万，按目标值的书写精度（10万）向下取整，建议下年目标≥170万',
  ]);
});

it('en-US: the same reason in English, the target in its own unit', async () => {
  await loadStrings('en-US');
  expect(shown('en-US')).toEqual([
    "a target should in principle not be below last year's actual level: this year's actual 171.87万, rounded down to the precision the target was written in (10万); suggested target for next year ≥170万",
  ]);
});
