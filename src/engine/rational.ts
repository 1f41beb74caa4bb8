/**
 * Exact rational numbers on BigInt. Every decision and every rounding in the engine works on these,
 * never on binary floating point, so 1.005 rounds to 1.01 and 2 × actual > 3 × target is exact.
 */

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export class Rational {
  /** Always reduced, denominator always positive. */
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    this.n = n;
    this.d = d;
  }

  static of(n: bigint, d: bigint = 1n): Rational {
    if (d === 0n) throw new RangeError('Rational with zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d);
    return g > 1n ? new Rational(n / g, d / g) : new Rational(n, d);
  }

  static readonly ZERO = Rational.of(0n);
  static readonly ONE = Rational.of(1n);

  static int(n: number): Rational {
    return Rational.of(BigInt(n));
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
    let n = BigInt((intPart || '0') + fracPart);
    let d = 10n ** BigInt(fracPart.length);
    const exp = expPart ? Number(expPart) : 0;
    if (exp > 0) n *= 10n ** BigInt(exp);
    if (exp < 0) d *= 10n ** BigInt(-exp);
    return Rational.of(sign === '-' ? -n : n, d);
  }

  /**
   * A cell's double as Excel sees it: through 15 significant digits, so 0.999 is exactly 999/1000
   * and 0.1 + 0.2 is 0.3. Null for NaN and infinities.
   */
  static fromNumber(x: number): Rational | null {
    if (!Number.isFinite(x)) return null;
    if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return Rational.of(BigInt(x));
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
    if (this.d === o.d) return Rational.of(this.n + o.n, this.d);
    return Rational.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  sub(o: Rational): Rational {
    if (this.d === o.d) return Rational.of(this.n - o.n, this.d);
    return Rational.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }

  mul(o: Rational): Rational {
    return Rational.of(this.n * o.n, this.d * o.d);
  }

  /** Throws on division by zero: callers decide what a zero divisor means before dividing. */
  div(o: Rational): Rational {
    if (o.n === 0n) throw new RangeError('Division by zero');
    return Rational.of(this.n * o.d, this.d * o.n);
  }

  neg(): Rational {
    return Rational.of(-this.n, this.d);
  }

  cmp(o: Rational): number {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  eq(o: Rational): boolean {
    return this.n === o.n && this.d === o.d;
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
    return this.n < 0n ? -1 : this.n > 0n ? 1 : 0;
  }

  isZero(): boolean {
    return this.n === 0n;
  }

  abs(): Rational {
    return this.n < 0n ? this.neg() : this;
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

  /** Truncated towards zero. */
  trunc(): bigint {
    return this.n / this.d;
  }

  /**
   * Decimal text with up to `maxDecimals` digits, truncated (not rounded): used only to carry an
   * exact value into a JS number or to print a value that is already rounded.
   */
  toDecimalString(maxDecimals = 20): string {
    const negative = this.n < 0n;
    const abs = negative ? -this.n : this.n;
    const intPart = abs / this.d;
    let rem = abs % this.d;
    let digits = '';
    for (let i = 0; i < maxDecimals && rem !== 0n; i++) {
      rem *= 10n;
      digits += (rem / this.d).toString();
      rem %= this.d;
    }
    const body = digits ? `${intPart}.${digits}` : intPart.toString();
    return negative && body !== '0' ? `-${body}` : body;
  }

  /** The nearest double (exact for terminating decimals such as 2.148375). */
  toNumber(): number {
    return Number(this.toDecimalString(20));
  }

  toString(): string {
    return this.d === 1n ? this.n.toString() : `${this.n}/${this.d}`;
  }
}
