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

export function parseStated(digits: string): Stated {
  const [int, frac = ''] = digits.split('.');
  return { scaled: BigInt(int + frac), decimals: frac.length, text: digits };
}

const pow10 = (k: number) => 10n ** BigInt(k);

/** num ÷ den × 100, rounded half-up to k decimals, scaled by 10^k. */
export function percentRounded(num: number, den: number, k: number): bigint {
  const n = BigInt(num) * 100n * pow10(k);
  const d = BigInt(den);
  return (2n * n + d) / (2n * d);
}

/** num ÷ den × 100, truncated to k decimals, scaled by 10^k. */
export function percentTruncated(num: number, den: number, k: number): bigint {
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
