/**
 * Exact rational numbers. Every decision and every rounding in the engine works on these, never on
 * binary floating point, so 1.005 rounds to 1.01 and 2 × actual > 3 × target is exact.
 *
 * Two representations, one value: numerator and denominator as safe integers in JS numbers (the
 * common case, fast and allocation-light: 100,000 rows must score in well under a second or two),
 * or as BigInt when they do not fit. Every result is reduced and stored small whenever it fits, so
 * equal values have equal representations. A number path is taken only when every intermediate
 * product or sum provably stays within ±2^53 − 1, where double arithmetic on integers is exact.
 */

const MAX = Number.MAX_SAFE_INTEGER;
const SAFE = BigInt(MAX);

function gcdSmall(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function gcdBig(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  if (x <= SAFE && y <= SAFE) return BigInt(gcdSmall(Number(x), Number(y)));
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Exact when |result| ≤ 2^53 − 1 (a rounded double above that bound is ≥ 2^53). */
const safe = (x: number): boolean => x <= MAX && x >= -MAX;

/** floor(a / b) for safe integers a ≥ 0, b > 0, corrected for any rounding of the quotient. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q--;
  else if ((q + 1) * b <= a) q++;
  return q;
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export class Rational {
  /** Small form (bn === null): reduced, sd > 0. Big form: bn/bd reduced, bd > 0, sn/sd unused. */
  private readonly sn: number;
  private readonly sd: number;
  private readonly bn: bigint | null;
  private readonly bd: bigint;

  private constructor(sn: number, sd: number, bn: bigint | null, bd: bigint) {
    this.sn = sn;
    this.sd = sd;
    this.bn = bn;
    this.bd = bd;
  }

  /** From safe integers; reduces. */
  private static small(n: number, d: number): Rational {
    if (d < 0) {
      n = -n;
      d = -d;
    }
    if (d !== 1) {
      const g = gcdSmall(n, d);
      if (g > 1) {
        n /= g;
        d /= g;
      }
    }
    return new Rational(n === 0 ? 0 : n, d, null, 1n);
  }

  static of(n: bigint, d: bigint = 1n): Rational {
    if (d === 0n) throw new RangeError('Rational with zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = d === 1n ? 1n : gcdBig(n, d);
    if (g > 1n) {
      n /= g;
      d /= g;
    }
    if (d <= SAFE && n <= SAFE && n >= -SAFE) return new Rational(Number(n), Number(d), null, 1n);
    return new Rational(0, 1, n, d);
  }

  static readonly ZERO = Rational.small(0, 1);
  static readonly ONE = Rational.small(1, 1);

  static int(n: number): Rational {
    if (!Number.isSafeInteger(n)) throw new RangeError(`Not a safe integer: ${n}`);
    return Rational.small(n, 1);
  }

  /** Numerator and denominator as BigInt (denominator positive), whatever the representation. */
  get n(): bigint {
    return this.bn ?? BigInt(this.sn);
  }
  get d(): bigint {
    return this.bn === null ? BigInt(this.sd) : this.bd;
  }

  /**
   * A decimal string ("13670.54", "-0.5", "1e-7") as an exact rational; null when it is not one.
   * No separators, no spaces: callers normalise text first.
   */
  static parseDecimal(text: string): Rational | null {
    const m = DECIMAL_PATTERN.exec(text);
    if (!m) return null;
    const [, sign, intPart, fracPart = '', expPart] = m;
    if (intPart === '' && fracPart === '') return null;
    const digits = (intPart || '0') + fracPart;
    const exp = (expPart ? Number(expPart) : 0) - fracPart.length;
    const negative = sign === '-';
    if (digits.length <= 15 && exp <= 0 && exp >= -15) {
      const n = Number(digits);
      return Rational.small(negative ? -n : n, 10 ** -exp);
    }
    let n = BigInt(digits);
    let d = 1n;
    if (exp > 0) n *= 10n ** BigInt(exp);
    if (exp < 0) d = 10n ** BigInt(-exp);
    return Rational.of(negative ? -n : n, d);
  }

  /**
   * A cell's double as Excel sees it: through 15 significant digits, so 0.999 is exactly 999/1000
   * and 0.1 + 0.2 is 0.3. Null for NaN and infinities.
   */
  static fromNumber(x: number): Rational | null {
    if (!Number.isFinite(x)) return null;
    if (Number.isSafeInteger(x)) return Rational.small(x, 1);
    // Fast path for the usual short decimal: x is exactly the double nearest r / 10^k, so its
    // 15-significant-digit reading is r / 10^k too.
    for (let k = 1, scale = 10; k <= 9; k++, scale *= 10) {
      const r = Math.round(x * scale);
      if (Math.abs(r) < 1e15 && r / scale === x) return Rational.small(r, scale);
    }
    return Rational.parseDecimal(String(Number(x.toPrecision(15))));
  }

  /** For literals in code and data ("0.5", "1.5"); throws on a malformed literal (a programming error). */
  static from(value: string | number | Rational): Rational {
    if (value instanceof Rational) return value;
    const r = typeof value === 'number' ? Rational.fromNumber(value) : Rational.parseDecimal(value.trim());
    if (!r) throw new RangeError(`Not a decimal: ${String(value)}`);
    return r;
  }

  add(o: Rational): Rational {
    if (this.bn === null && o.bn === null) {
      if (this.sd === o.sd) {
        const n = this.sn + o.sn;
        if (safe(n)) return Rational.small(n, this.sd);
      } else {
        const a = this.sn * o.sd;
        const b = o.sn * this.sd;
        const d = this.sd * o.sd;
        const n = a + b;
        if (safe(a) && safe(b) && safe(d) && safe(n)) return Rational.small(n, d);
      }
    }
    return Rational.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  sub(o: Rational): Rational {
    return this.add(o.neg());
  }

  mul(o: Rational): Rational {
    if (this.bn === null && o.bn === null) {
      // Cross-reduce first: the result is then already in lowest terms.
      const g1 = gcdSmall(this.sn, o.sd) || 1;
      const g2 = gcdSmall(o.sn, this.sd) || 1;
      const n = (this.sn / g1) * (o.sn / g2);
      const d = (this.sd / g2) * (o.sd / g1);
      if (safe(n) && safe(d)) return new Rational(n === 0 ? 0 : n, n === 0 ? 1 : d, null, 1n);
    }
    return Rational.of(this.n * o.n, this.d * o.d);
  }

  /** Throws on division by zero: callers decide what a zero divisor means before dividing. */
  div(o: Rational): Rational {
    if (o.isZero()) throw new RangeError('Division by zero');
    return this.mul(o.reciprocal());
  }

  private reciprocal(): Rational {
    if (this.bn === null)
      return this.sn < 0
        ? new Rational(-this.sd, -this.sn, null, 1n)
        : new Rational(this.sd, this.sn, null, 1n);
    return Rational.of(this.bd, this.bn);
  }

  neg(): Rational {
    if (this.bn === null) return new Rational(this.sn === 0 ? 0 : -this.sn, this.sd, null, 1n);
    return new Rational(0, 1, -this.bn, this.bd);
  }

  cmp(o: Rational): number {
    if (this.bn === null && o.bn === null) {
      const l = this.sn * o.sd;
      const r = o.sn * this.sd;
      if (safe(l) && safe(r)) return l < r ? -1 : l > r ? 1 : 0;
    }
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /** Representations are canonical, so equal values compare field by field. */
  eq(o: Rational): boolean {
    if (this.bn === null || o.bn === null) return this.bn === o.bn && this.sn === o.sn && this.sd === o.sd;
    return this.bn === o.bn && this.bd === o.bd;
  }
  lt(o: Rational): boolean {
    return this.cmp(o) < 0;
  }
  lte(o: Rational): boolean {
    return this.cmp(o) <= 0;
  }
  gt(o: Rational): boolean {
    return this.cmp(o) > 0;
  }
  gte(o: Rational): boolean {
    return this.cmp(o) >= 0;
  }

  sign(): number {
    if (this.bn === null) return Math.sign(this.sn);
    return this.bn < 0n ? -1 : 1;
  }

  isZero(): boolean {
    return this.bn === null && this.sn === 0;
  }

  abs(): Rational {
    return this.sign() < 0 ? this.neg() : this;
  }

  static min(a: Rational, b: Rational): Rational {
    return a.lte(b) ? a : b;
  }

  static max(a: Rational, b: Rational): Rational {
    return a.gte(b) ? a : b;
  }

  static sum(values: Iterable<Rational>): Rational {
    let acc = Rational.ZERO;
    for (const v of values) acc = acc.add(v);
    return acc;
  }

  /**
   * Half-up (away from zero) to `decimals` places: floor(|x| × 10^k + 1/2) / 10^k with the sign.
   * The engine's one rounding rule; see rounding.ts.
   */
  roundHalfUp(decimals: number): Rational {
    const scale = 10 ** decimals;
    if (this.bn === null && decimals <= 15) {
      const a = 2 * Math.abs(this.sn) * scale + this.sd;
      const b = 2 * this.sd;
      if (safe(a) && safe(b)) {
        const units = floorDiv(a, b);
        return Rational.small(this.sn < 0 ? -units : units, scale);
      }
    }
    const n = this.n;
    const d = this.d;
    const bigScale = 10n ** BigInt(decimals);
    const units = (2n * (n < 0n ? -n : n) * bigScale + d) / (2n * d);
    return Rational.of(n < 0n ? -units : units, bigScale);
  }

  /**
   * Decimal text with up to `maxDecimals` digits, truncated (not rounded): used only to carry an
   * exact value into a JS number or to print a value that is already rounded.
   */
  toDecimalString(maxDecimals = 20): string {
    const negative = this.sign() < 0;
    let body: string;
    if (this.bn === null && this.sd <= 2 ** 49) {
      const abs = Math.abs(this.sn);
      const intPart = floorDiv(abs, this.sd);
      let rem = abs - intPart * this.sd;
      let digits = '';
      for (let i = 0; i < maxDecimals && rem !== 0; i++) {
        rem *= 10;
        const digit = floorDiv(rem, this.sd);
        digits += digit;
        rem -= digit * this.sd;
      }
      body = digits ? `${intPart}.${digits}` : String(intPart);
    } else {
      const n = this.n;
      const d = this.d;
      const abs = n < 0n ? -n : n;
      const intPart = abs / d;
      let rem = abs % d;
      let digits = '';
      for (let i = 0; i < maxDecimals && rem !== 0n; i++) {
        rem *= 10n;
        digits += (rem / d).toString();
        rem %= d;
      }
      body = digits ? `${intPart}.${digits}` : intPart.toString();
    }
    return negative && body !== '0' ? `-${body}` : body;
  }

  /** The nearest double (exact for terminating decimals such as 2.148375). */
  toNumber(): number {
    // Two safe integers divide to the correctly rounded double (IEEE division rounds the exact quotient).
    if (this.bn === null) return this.sn / this.sd;
    return Number(this.toDecimalString(20));
  }

  toString(): string {
    if (this.bn === null) return this.sd === 1 ? String(this.sn) : `${this.sn}/${this.sd}`;
    return this.bd === 1n ? this.bn.toString() : `${this.bn}/${this.bd}`;
  }
}
