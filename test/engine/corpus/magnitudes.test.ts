/** Corpus: magnitudes and percent units (issue 7). */
import { parseQuantity } from '../../../src/engine/parse/quantity';
import { normalizeText } from '../../../src/engine/parse/text';
import { scoreOne } from '../helpers';
import { MAGNITUDE_CASES, SCALED_PAIRS } from './magnitudes.cases';

describe('corpus: magnitudes', () => {
  test('has at least 60 real-style cells', () => {
    expect(MAGNITUDE_CASES.length + SCALED_PAIRS.length).toBeGreaterThanOrEqual(60);
  });

  test.each(MAGNITUDE_CASES.map((c) => [c[0], c] as const))('%s', (text, c) => {
    const q = parseQuantity(normalizeText(text));
    if (c[1] === null) {
      expect(q).toBeNull();
      return;
    }
    expect(q).not.toBeNull();
    expect({
      value: q!.value.toDecimalString(),
      kind: q!.kind,
      unit: q!.unit,
      scale: String(q!.scale),
    }).toEqual({
      value: c[1],
      kind: c[2],
      unit: c[3],
      scale: c[4],
    });
  });

  test.each(SCALED_PAIRS)('%s vs %s -> %s', (target, actual, rate, unitWarning) => {
    const r = scoreOne({ target, actual });
    expect(r.displayRate).toBe(rate);
    expect(r.all.findings.some((f) => f.code === 'unit-mismatch')).toBe(unitWarning);
    expect(r.all.findings.some((f) => f.code === 'magnitude-assumed')).toBe(false);
  });
});
