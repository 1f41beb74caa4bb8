/**
 * WPS errors in the pane's language: the Chinese sentence (describeWpsError) and the message
 * (wpsErrorText) say the same thing, and the message words in English with WPS's own text as the
 * only other content.
 */
import { renderMessage, type AnyTable } from '../../../src/engine/messages/message';
import { describeWpsError, wpsErrorText } from '../../../src/hosts/wps';
import { describeWpsWriteError } from '../../../src/hosts/wps/errors';
import { OFFICE_EN } from '../../../src/hosts/office/messages-en';

const CHINESE = /[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF]/;
const english = (error: unknown) =>
  renderMessage(wpsErrorText(error), [OFFICE_EN as unknown as AnyTable]) ?? '(no English)';

it('a protection error: the protected sentence, in both languages', () => {
  const error = new Error('工作表受保护');
  expect(describeWpsError(error)).toMatch(/^工作表受保护，未写入任何内容/);
  // WPS's own name for the refusal, never 'Excel refused' (the Office host's code).
  expect(wpsErrorText(error)).toEqual({ code: 'wps.protected', params: {} });
  expect(english(error)).toMatch(/protected; WPS Spreadsheets refused/);
  expect(english(error)).not.toMatch(CHINESE);
});

it('anything else keeps WPS’s text as the detail, worded around it in English', () => {
  const error = new Error('Range.Value2 failed');
  expect(describeWpsError(error)).toContain('Range.Value2 failed');
  expect(wpsErrorText(error)).toEqual({
    code: 'excel.unexpected',
    params: { detail: 'Range.Value2 failed' },
  });
  expect(english(error)).toBe(
    'Unexpected error while scoring: Range.Value2 failed. Try again; if it happens again, contact support.',
  );
  expect(english('not an Error')).toContain('not an Error');
});

it('a write refused part-way for protection: the reason never says nothing was written', () => {
  const error = new Error('工作表受保护');
  expect(describeWpsWriteError(error)).toMatch(/^工作表或工作簿受保护，WPS 表格拒绝了写入/);
  expect(describeWpsWriteError(error)).not.toContain('未写入任何内容');
  expect(wpsErrorText(error)).toEqual({ code: 'wps.protected', params: {} });
  expect(describeWpsWriteError(new Error('x'))).toBe(describeWpsError(new Error('x')));
});
