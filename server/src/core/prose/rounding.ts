import { mapped } from '../arrays';
/**
 * Exact decimal arithmetic for percentages of counts. Everything is done on integers scaled by 10^k
 * (BigInt), so "42.85" vs 6 ÷ 14 is decided without binary floating point.
 */

/** A stated decimal figure: "42.85" → { scaled: 4285n, decimals: 2 }. */
export interface Stated {
  readonly scaled: bigint;
  readonly decimals: number;
  readonly text: string;
}

/** `digits` as a number token holds them: digits with at most one decimal point. */
export function parseStated(digits: string): Stated {
  const dot = digits.indexOf('.');
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  const whole = dot < 0 ? digits : digits.slice(0, dot) + digits.slice(dot + 1);
  // Through a double when the digits fit one exactly: converting a number is several times cheaper than parsing.
  const n = Number(whole);
  return { scaled: Number.isSafeInteger(n) ? BigInt(n) : BigInt(whole), decimals, text: digits };
}

/** 100 × 10^k as exact doubles, for the k that percentages are written with (10^22 is the last exact power). */
const PERCENT_SCALE: readonly number[] = Array.from({ length: 21 }, (_, k) => 100 * 10 ** k);

/** 10^k and 100 × 10^k as BigInts for the same k, made once: every share and 同比 figure asks, and each BigInt operation allocates. */
const POW10: readonly bigint[] = mapped(PERCENT_SCALE, (_, k) => 10n ** BigInt(k));
const HUNDREDS: readonly bigint[] = mapped(POW10, (p) => 100n * p);

export function pow10(k: number): bigint {
  return k >= 0 && k < POW10.length ? POW10[k] : 10n ** BigInt(k);
}

/** 100 % at k decimals, scaled by 10^k. */
export function hundredScaled(k: number): bigint {
  return k >= 0 && k < HUNDREDS.length ? HUNDREDS[k] : 100n * 10n ** BigInt(k);
}

/**
 * ⌊a ÷ b⌋ for whole a and b in doubles, or undefined when that could be inexact or a, b are out of range
 * (the BigInt arithmetic decides those). While a + b < 2^53, a ÷ b is either whole or at least 1/b below
 * the next whole number, more than the rounding of the division can close. The rounding checks run this for
 * every share and every 同比 candidate, and every BigInt operation allocates.
 */
function exactQuotient(a: number, b: number): number | undefined {
  return a >= 0 && b > 0 && Number.isSafeInteger(a + b) ? Math.floor(a / b) : undefined;
}

/** Whether the double arithmetic applies: whole counts, and a scale it holds exactly. */
function wholeCounts(num: number, den: number, k: number): boolean {
  return Number.isSafeInteger(num) && Number.isSafeInteger(den) && k < PERCENT_SCALE.length;
}

/** num ÷ den × 100, rounded half-up to k decimals, scaled by 10^k. */
export function percentRounded(num: number, den: number, k: number): bigint {
  if (wholeCounts(num, den, k)) {
    const q = exactQuotient(2 * num * PERCENT_SCALE[k] + den, 2 * den);
    if (q !== undefined) return BigInt(q);
  }
  const n = BigInt(num) * 100n * pow10(k);
  const d = BigInt(den);
  return (2n * n + d) / (2n * d);
}

/** num ÷ den × 100, truncated to k decimals, scaled by 10^k. */
export function percentTruncated(num: number, den: number, k: number): bigint {
  if (wholeCounts(num, den, k)) {
    const q = exactQuotient(num * PERCENT_SCALE[k], den);
    if (q !== undefined) return BigInt(q);
  }
  return (BigInt(num) * 100n * pow10(k)) / BigInt(den);
}

/** A scaled figure as text with k decimals: (4286n, 2) → "42.86". */
export function formatScaled(scaled: bigint, k: number): string {
  const neg = scaled < 0n;
  const s = (neg ? -scaled : scaled).toString().padStart(k + 1, '0');
  const text = k === 0 ? s : `${s.slice(0, s.length - k)}.${s.slice(s.length - k)}`;
  return neg ? `-${text}` : text;
}

/** The quotient shown in messages, one decimal finer than the stated figure: 6 ÷ 14 → "42.857". */
export function percentText(num: number, den: number, k: number): string {
  return formatScaled(percentRounded(num, den, k + 1), k + 1);
}

/** "42.86" from 6 ÷ 14 at 2 decimals */
export function roundedText(num: number, den: number, k: number): string {
  return formatScaled(percentRounded(num, den, k), k);
}

/** Year-on-year change |cur − prev| ÷ prev in percent, rounded half-up and truncated, scaled by 10^k. */
export function changeRounded(cur: number, prev: number, k: number): bigint {
  return percentRounded(Math.abs(cur - prev), prev, k);
}

export function changeTruncated(cur: number, prev: number, k: number): bigint {
  return percentTruncated(Math.abs(cur - prev), prev, k);
}
