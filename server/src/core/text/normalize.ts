import { codeSet } from './code-set';

/** Characters the reports use for layout that count as white space when reading structure. */
export const SPACE_CLASS = ' \\t\\u00a0\\u3000\\u2002\\u2003\\u2009\\u200b\\ufeff';

/**
 * The characters of SPACE_CLASS, flagged by character code. The helpers below run on every line and
 * every table cell, so they read codes against this table instead of running a regular expression.
 */
const LAYOUT_SPACE = codeSet(' \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff');

/** Offset of the first character of `s` that is not layout space (`s.length` when there is none). */
function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && LAYOUT_SPACE[s.charCodeAt(i)] === 1) i++;
  return i;
}

export function trimSpace(s: string): string {
  const start = firstNonSpace(s);
  let end = s.length;
  while (end > start && LAYOUT_SPACE[s.charCodeAt(end - 1)] === 1) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

export function isBlank(s: string): boolean {
  return firstNonSpace(s) === s.length;
}

/**
 * The characters `\s` matches (ECMAScript WhiteSpace and LineTerminator), flagged by code, for loops
 * over whole sections that would otherwise test a regular expression per character or build a copy.
 */
const WHITE_SPACE = codeSet('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', '\u2000\u200a');

/** Whether the character code is one `\s` matches. */
export function isWhiteSpace(code: number): boolean {
  return WHITE_SPACE[code] === 1;
}

// Text is trimmed by moving offsets over character codes, so that the trimmed text is cut once and a
// range can come from the same offsets.

/** The first offset in [from, to) that is not white space (`to` when there is none). */
export function skipSpaceForward(text: string, from: number, to: number): number {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  return from;
}

/** The offset after the last character in [from, to) that is not white space (`from` when there is none). */
export function skipSpaceBackward(text: string, from: number, to: number): number {
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  return to;
}

/** Leading white space length (ASCII, NBSP, ideographic space). */
export function leadingSpace(s: string): number {
  return firstNonSpace(s);
}

/** Full-width ASCII variants (！ to ～) to ASCII; the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * What labelKey does to each character code: 0 keeps it, DROP removes it, BRACKET ([ or ［, which may
 * open a bookmark) sends the text to the replacements, any other value is the code written instead.
 * One table lookup per character replaces a regular expression test and four replacements.
 */
const DROP = 0xffff;
const BRACKET = 0xfffe;
const LABEL_CHANGE = new Uint16Array(0x10000);
for (let c = 0xff01; c <= 0xff5e; c++) LABEL_CHANGE[c] = c - 0xfee0;
for (let i = 0; i < LAYOUT_SPACE.length; i++) if (LAYOUT_SPACE[i] === 1) LABEL_CHANGE[i] = DROP;
for (const q of '“”「」') LABEL_CHANGE[q.charCodeAt(0)] = 0x22;
for (const b of '[［') LABEL_CHANGE[b.charCodeAt(0)] = BRACKET;

/** Text for label matching: no spaces, half-width, unified quotes and stops. */
export function labelKey(s: string): string {
  return keyWithoutBookmarks(s) ?? bookmarkLabelKey(s);
}

/** ASCII and full-width digits: the characters a label key writes as ASCII digits. */
const isAnyDigit = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/**
 * Whether labelKey(text) starts with a number, signed or not. A key holds a digit only where its text holds
 * one, ASCII or full-width: most labels hold none, and are not keyed to tell.
 */
export function keyStartsWithNumber(text: string): boolean {
  let digit = false;
  for (let i = 0; i < text.length && !digit; i++) digit = isAnyDigit(text.charCodeAt(i));
  return digit && /^[+\-]?\d/.test(labelKey(text));
}

/**
 * Keys that had to be built, by their text, kept from call to call: a report repeats its labels (the
 * "（一）" of every 表三 group, each label read for its table's kind and again for its row), and a document
 * is parsed again on every edit. A key costs a map lookup instead of being built again. Only short texts
 * (labels, not paragraphs) are kept, and the store is emptied when it grows large.
 */
class KeptKeys {
  private static readonly MAX_TEXT = 64;
  private static readonly MAX_KEYS = 4096;
  private readonly keys = new Map<string, string>();

  get(text: string): string | undefined {
    return text.length > KeptKeys.MAX_TEXT ? undefined : this.keys.get(text);
  }

  keep(text: string, key: string): void {
    if (text.length > KeptKeys.MAX_TEXT) return;
    if (this.keys.size >= KeptKeys.MAX_KEYS) this.keys.clear();
    this.keys.set(detached(text), key);
  }
}

/**
 * A copy of `s` made of its own characters. A label cut from a document may be a view into the whole
 * document text, which a kept copy of the label would otherwise keep alive after the document changed.
 */
function detached(s: string): string {
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
  return fromCodes(codes);
}

const plainKeys = new KeptKeys();
const bookmarkKeys = new KeptKeys();

/**
 * labelKey of a text that holds no [ or ［ (which may open a bookmark); undefined when it holds one.
 * Most labels need no change: they are their own key, found without building anything.
 */
function keyWithoutBookmarks(s: string): string | undefined {
  let i = 0;
  while (i < s.length && LABEL_CHANGE[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  const kept = plainKeys.get(s);
  if (kept !== undefined) return kept;
  // The codes of the key, made a string at once: appending piece by piece would build a string per change.
  const codes: number[] = [];
  for (let k = 0; k < i; k++) codes.push(s.charCodeAt(k));
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const to = LABEL_CHANGE[c];
    if (to === 0) codes.push(c);
    else if (to === BRACKET) return undefined;
    else if (to !== DROP) codes.push(to);
  }
  const key = fromCodes(codes);
  plainKeys.keep(s, key);
  return key;
}

/**
 * labelKey of the texts parts[from, to) joined by spaces, which the key drops: the key of a table row, read
 * for every row of every table. One pass over all the texts makes one flat string, where keying each text
 * and concatenating the keys built a string per text and a rope that the pattern tests then flattened.
 */
export function joinedLabelKey(parts: readonly { readonly text: string }[], from = 0, to = parts.length): string {
  const codes: number[] = [];
  for (let p = from; p < to; p++) {
    const s = parts[p].text;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const change = LABEL_CHANGE[c];
      if (change === 0) codes.push(c);
      // A bookmark artifact may span texts: it is removed from the joined text as a whole.
      else if (change === BRACKET) return bookmarkLabelKey(joinTexts(parts, from, to));
      else if (change !== DROP) codes.push(change);
    }
  }
  return fromCodes(codes);
}

function joinTexts(parts: readonly { readonly text: string }[], from: number, to: number): string {
  const texts: string[] = [];
  for (let p = from; p < to; p++) texts.push(parts[p].text);
  return texts.join(' ');
}

/** `String.fromCharCode` takes its codes as arguments, whose number is bounded: long texts go in pieces. */
const CODES_PER_CALL = 8192;

function fromCodes(codes: number[]): string {
  if (codes.length <= CODES_PER_CALL) return String.fromCharCode(...codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CODES_PER_CALL) out += String.fromCharCode(...codes.slice(i, i + CODES_PER_CALL));
  return out;
}

const ANY_SPACE = new RegExp(`[${SPACE_CLASS}]`, 'g');

/** labelKey of a text that may hold a Word bookmark ("[bookmark: _GoBack]"), which is removed first. */
function bookmarkLabelKey(s: string): string {
  const kept = bookmarkKeys.get(s);
  if (kept !== undefined) return kept;
  const key = toHalfWidth(s)
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(ANY_SPACE, '')
    .replace(/[“”"「」]/g, '"')
    .replace(/．/g, '.');
  bookmarkKeys.keep(s, key);
  return key;
}
