/** Messages as data: the Chinese table words every code as the outputs always did; English has every code. */
import { scoreEvaluation } from '../../src/engine';
import { ENGINE_EN, termEn } from '../../src/engine/messages/en';
import { ENGINE_ZH, msg, renderMessage, zh, type AnyTable, type Message } from '../../src/engine/messages';
import { seedInput } from './seedInput';

const EN = [ENGINE_EN as unknown as AnyTable];
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

describe('engine messages', () => {
  const result = scoreEvaluation(seedInput('guangzhou-dept'));
  const texts: { text: Message | undefined; chinese: string }[] = [
    ...result.findings.map((f) => ({ text: f.text, chinese: f.message })),
    ...result.indicators.map((r) => ({ text: r.noteText, chinese: r.note })),
    ...result.deductions.map((d) => ({ text: d.reasonText, chinese: d.reason })),
    { text: result.budget.noteText, chinese: result.budget.note },
  ];

  test('every finding, note and reason of the seed carries its message, worded in Chinese exactly as written', () => {
    for (const { text, chinese } of texts) {
      expect(text).toBeDefined();
      expect(zh(text!)).toBe(chinese);
    }
  });

  test('the English table has every code of the Chinese one', () => {
    expect(Object.keys(ENGINE_EN).sort()).toEqual(Object.keys(ENGINE_ZH).sort());
  });

  test('in English the seed says nothing in Chinese but the officer’s own words', () => {
    for (const { text } of texts) {
      const english = renderMessage(text!, EN)!;
      // Quoted values (the officer's cells) are data; deduction items' yes/no values are too.
      const own = english.replace(/“[^”]*”/g, '').replace(/^[^:]*:/, '');
      expect(own).not.toMatch(CJK);
    }
  });

  test('nested messages are worded in the same language; unknown codes give null (the caller falls back)', () => {
    const note = msg('note.partial', {
      rate: '97.99%',
      product: msg('product', { weight: '1', rate: '97.99%', score: '0.98' }),
    });
    expect(zh(note)).toBe('完成率97.99%，按分值1分×97.99%计0.98分');
    expect(renderMessage(note, EN)).toBe('Completion 97.99%: 1 points × 97.99% = 0.98');
    expect(renderMessage({ code: 'no-such-code', params: {} }, EN)).toBeNull();
  });

  test('section and group names have English terms; the officer’s words pass through', () => {
    expect(termEn('履职效能')).toBe('Performance of duties');
    expect(termEn('预算执行率')).toBe('Budget execution');
    expect(termEn('我的部分')).toBe('我的部分');
  });
});
