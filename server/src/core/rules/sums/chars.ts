/**
 * Character-code helpers for the readers of this folder. They run on every character or number of the prose,
 * so they look codes up in tables instead of making one-character strings, slices or regular expressions.
 */
import { codeSet } from '../../text/code-set';

/**
 * Groups `items` by a number made of their characters' codes (a first or last character, or the first two),
 * keeping their order: lists kept longest first stay so.
 */
export function groupByCode<T>(items: readonly T[], codeOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const code = codeOf(item);
    const list = groups.get(code);
    if (list) list.push(item);
    else groups.set(code, [item]);
  }
  return groups;
}

/**
 * The first of `words` written at `at`, from `words` grouped by their first character's code: what a sticky
 * /w1|w2|…/y would test, with one lookup for the characters that start none of them.
 */
export function wordAt(byFirst: ReadonlyMap<number, readonly string[]>, text: string, at: number): string | undefined {
  const words = byFirst.get(text.charCodeAt(at));
  if (words) for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}

/** The first two characters' codes as one number: a key for words of two characters or more. */
export function pairCode(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

const FULLWIDTH_ZERO = 0xff10;

/** An ASCII or full-width digit (false for NaN, the code past the end of the text). */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9);
}

/** The characters of the regular-expression class `\s` (white space and line terminators). */
export const WHITE_SPACE = codeSet('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', '\u2000\u200a');

/** `text.slice(from, to)` is empty or white space only, as /^\s*$/ would say, without the slice. */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (WHITE_SPACE[text.charCodeAt(i)] === 0) return false;
  return true;
}
