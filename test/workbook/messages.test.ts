/** The workbook's messages: Chinese as the outputs always said, English for every code. */
import { ENGINE_EN } from '../../src/engine/messages/en';
import { renderMessage, type AnyTable } from '../../src/engine/messages';
import { WORKBOOK_EN } from '../../src/workbook/messages/en';
import { WORKBOOK_ZH, wmsg, zhText } from '../../src/workbook/messages';

const EN = [WORKBOOK_EN as unknown as AnyTable, ENGINE_EN as unknown as AnyTable];

test('the English table has every code of the Chinese one', () => {
  expect(Object.keys(WORKBOOK_EN).sort()).toEqual(Object.keys(WORKBOOK_ZH).sort());
});

test('a refusal with a nested reason reads as before in Chinese and wholly in English', () => {
  const text = wmsg('refusal.not-found', { sheet: 'Sheet1', problem: wmsg('detect.no-header', {}) });
  expect(zhText(text)).toBe(
    '工作表 Sheet1 没有 PE_* 名称，也未能自动识别评分区域：未找到指标表的表头（需有年度目标值、实际完成值等列名）',
  );
  expect(renderMessage(text, EN)).toBe(
    'Sheet Sheet1 has no PE_* names and its scoring ranges could not be detected: no header of an indicator table was found (it needs columns such as annual target and actual value)',
  );
});

test('a broken name: the reference problem is a message too', () => {
  const text = wmsg('name.unused', {
    problem: wmsg('name.invalid', { name: 'PE_Rules', error: wmsg('ref.broken', {}) }),
  });
  expect(zhText(text)).toBe('名称 PE_Rules 无效：引用已失效（#REF!），未使用该名称');
  expect(renderMessage(text, EN)).toBe(
    'name PE_Rules is not valid: the reference is broken (#REF!); the name is not used',
  );
});
