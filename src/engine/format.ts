/**
 * How numbers read in Chinese notes and messages. All output goes through the one rounding helper.
 */
import { Rational } from './rational';
import { Exact, roundHalfUp } from './rounding';

const HUNDRED = Rational.int(100);

/** Fixed decimals after half-up rounding: fixed(0.5) -> "0.50". */
export function fixed(value: Exact, decimals = 2): string {
  const text = roundHalfUp(value, decimals).toDecimalString(decimals);
  if (decimals === 0) return text;
  const dot = text.indexOf('.');
  if (dot < 0) return `${text}.${'0'.repeat(decimals)}`;
  return text.padEnd(dot + 1 + decimals, '0');
}

/**
 * A scored figure with the rules' decimals: scoreText(0.5, 2) -> "0.50", scoreText(19, 0) -> "19".
 * A figure with more digits than that (a full-marks weight of 2.5 under whole points) is shown as it
 * is, never rounded in words: the words must say what the sheet adds up.
 */
export function scoreText(value: Exact, decimals = 2): string {
  const exact = Rational.from(value);
  return roundHalfUp(exact, decimals).eq(exact) ? fixed(exact, decimals) : exact.toDecimalString(10);
}

/** Half-up to 2 decimals without trailing zeros: 2 -> "2", 0.46 -> "0.46", 1.5 -> "1.5". */
export function trimmed(value: Exact, decimals = 2): string {
  return roundHalfUp(value, decimals).toDecimalString(decimals);
}

/** An exact fraction as a percent with 2 decimals: 2.148375 -> "214.84%". */
export function percentText(fraction: Exact): string {
  return `${fixed(Rational.from(fraction).mul(HUNDRED), 2)}%`;
}

/** A fraction as a percent without trailing zeros: 1.05 -> "105%", 1.0098 -> "100.98%". */
export function percentTrimmed(fraction: Exact, decimals = 4): string {
  return `${trimmed(Rational.from(fraction).mul(HUNDRED), decimals)}%`;
}

/** Public helper: a JSON rate (fraction) as the percent an officer reads, 2.148375 -> "214.84%". */
export function formatPercent(fraction: number): string {
  return percentText(fraction);
}
