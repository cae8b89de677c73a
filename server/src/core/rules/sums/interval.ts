import { Quantity } from './quantity';

/**
 * Rounding as intervals (domain §5.2, the XBRL Calculations 1.1 model): a figure with d decimals stands for
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ); counts in 件/条/… are exact points. A sum is wrong only when its interval does
 * not meet the total's. Values are scaled BigInts, so 5953.02496万元 adds up without floating-point error.
 */
export interface Span {
  readonly lo: bigint;
  readonly hi: bigint;
  /** hi excluded (a rounded figure); a closed point when false */
  readonly open: boolean;
}

/** The common exponent: every quantity becomes an integer count of 10^-e base units, with room for the ½. */
export function exponentFor(qs: readonly Quantity[]): number {
  let e = 1;
  for (const q of qs) e = Math.max(e, q.decimals - q.scale + 1);
  return e;
}

/** Powers of ten for the exponents figures use, so a sum does not compute them again for every figure. */
const POW10: readonly bigint[] = Array.from({ length: 48 }, (_, n) => 10n ** BigInt(n));

function pow10(n: number): bigint {
  return n >= 0 && n < POW10.length ? POW10[n] : 10n ** BigInt(n);
}

/** The written value in 10^-e base units. */
export function scaled(q: Quantity, e: number): bigint {
  return BigInt(q.decimals === 0 ? q.decimal : q.decimal.replace('.', '')) * pow10(e - q.decimals + q.scale);
}

/**
 * The span of the sum of `qs` (spans add up bound by bound), summed in place: this runs for every
 * itemisation, so it builds no span per figure.
 */
export function sumSpan(qs: readonly Quantity[], e: number): Span {
  let lo = 0n;
  let hi = 0n;
  let open = false;
  for (const q of qs) {
    const v = scaled(q, e);
    if (q.exact) {
      lo += v;
      hi += v;
      continue;
    }
    // ½ of the last written digit, each way.
    const h = 5n * pow10(e - q.decimals + q.scale - 1);
    lo += v - h;
    hi += v + h;
    open = true;
  }
  return { lo, hi, open };
}

/** Counts of up to this many digits add up exactly as doubles, in any list a paragraph can hold. */
const PLAIN_DIGITS = 12;

/** The sum of `qs` as a plain number when every one is an exact count (件, 条 …) of up to PLAIN_DIGITS digits; else undefined. */
function countSum(qs: readonly Quantity[]): number | undefined {
  let sum = 0;
  for (const q of qs) {
    if (!q.exact || q.decimal.length > PLAIN_DIGITS) return undefined;
    sum += Number(q.decimal);
  }
  return sum;
}

/**
 * Whether the parts fit the stated totals: their spans meet (`exhaustive`), or the parts do not exceed
 * them. Most lists are counts, exact points: those are added up as plain numbers, without the BigInts.
 */
export function partsFit(parts: readonly Quantity[], totals: readonly Quantity[], exhaustive: boolean, e: number): boolean {
  const p = countSum(parts);
  const t = p === undefined ? undefined : countSum(totals);
  if (p !== undefined && t !== undefined) return exhaustive ? p === t : p <= t;
  const partSpan = sumSpan(parts, e);
  const stated = sumSpan(totals, e);
  return exhaustive ? meets(partSpan, stated) : !exceeds(partSpan, stated);
}

/** The exact point `value` (in 10^-e base units). */
export function point(value: bigint): Span {
  return { lo: value, hi: value, open: false };
}

export function meets(a: Span, b: Span): boolean {
  const lo = a.lo > b.lo ? a.lo : b.lo;
  const hi = a.hi < b.hi ? a.hi : b.hi;
  const open = (a.hi === hi && a.open) || (b.hi === hi && b.open);
  return lo < hi || (lo === hi && !open);
}

/** Every value of `parts` is above every value of `total`. */
export function exceeds(parts: Span, total: Span): boolean {
  return total.open ? parts.lo >= total.hi : parts.lo > total.hi;
}

/** `value` (10^-e base units) written in a unit of 10^scale base units, with at least `decimals` decimals. */
export function formatScaled(value: bigint, e: number, scale: number, decimals: number): string {
  const shift = e + scale;
  const negative = value < 0n;
  let digits = (negative ? -value : value).toString();
  if (shift > 0) {
    digits = digits.padStart(shift + 1, '0');
    let int = digits.slice(0, digits.length - shift);
    let frac = digits.slice(digits.length - shift);
    // Drop trailing zeros beyond the decimals the figures were written with.
    while (frac.length > decimals && frac.endsWith('0')) frac = frac.slice(0, -1);
    int = int.replace(/^0+(?=\d)/, '');
    digits = frac ? `${int}.${frac}` : int;
  } else if (shift < 0) digits += '0'.repeat(-shift);
  return (negative ? '-' : '') + digits;
}
