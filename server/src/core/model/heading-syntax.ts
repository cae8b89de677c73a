import { HeadingLevel } from './types';

/**
 * The value of each Chinese numeral character by code (十 is TEN, any other character NOT_NUMERAL):
 * every heading candidate is read through this table, without a regular expression or a split.
 */
const NOT_NUMERAL = -1;
const TEN = 10;
const NUMERAL_VALUE = new Int8Array(0x10000).fill(NOT_NUMERAL);
for (const [chars, value] of [['零〇', 0], ['一', 1], ['二两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['十', TEN]] as const) {
  for (const c of chars) NUMERAL_VALUE[c.charCodeAt(0)] = value;
}

/** The digit written by the one character [at, end) (an empty span: `empty`), else undefined. */
function digitIn(s: string, at: number, end: number, empty: number): number | undefined {
  if (at === end) return empty;
  return end - at === 1 ? NUMERAL_VALUE[s.charCodeAt(at)] : undefined;
}

/** 一 → 1, 十二 → 12, 二十六 → 26 (headings never go past 九十九). */
export function chineseNumeral(s: string): number | undefined {
  return numeralIn(s, 0, s.length);
}

/** chineseNumeral of s[from, to), read in place: a heading's numeral is not cut out of its line. */
function numeralIn(s: string, from: number, to: number): number | undefined {
  if (from === to) return undefined;
  let ten = -1;
  let secondTen = -1;
  for (let i = from; i < to; i++) {
    const v = NUMERAL_VALUE[s.charCodeAt(i)];
    if (v === NOT_NUMERAL) return undefined;
    if (v !== TEN) continue;
    if (ten < 0) ten = i;
    else if (secondTen < 0) secondTen = i;
  }
  if (ten < 0) return to - from === 1 ? NUMERAL_VALUE[s.charCodeAt(from)] : undefined;
  // The tens before the first 十, the ones up to a second 十 (anything after it is ignored).
  const t = digitIn(s, from, ten, 1);
  const o = digitIn(s, ten + 1, secondTen < 0 ? to : secondTen, 0);
  return t === undefined || o === undefined ? undefined : t * 10 + o;
}

export function toChineseNumeral(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
}

export interface MarkerMatch {
  readonly level: HeadingLevel;
  /** offset of the marker inside the line */
  readonly start: number;
  readonly marker: string;
  readonly number: number;
}

/*
 * The marker grammar (GB/T 9704 §7.3.3 levels), each form after optional spaces [ \u00a0\u3000]:
 *   level 1: [一二三四五六七八九十]+ then one of 、.．，,   — 一、 and the wrong forms 一. 一． 一，, not 一是/一方面
 *   level 2: [（(] spaces [一…十]+ spaces [）)] 、?        — （一） with full- or half-width brackets, maybe a stray 、
 *   level 3: [0-9０-９]{1,2} then one of .．、 not followed by a digit — 1. 1． 1、, not 1.5 or 2024年
 *   level 4: [（(] spaces [0-9０-９]{1,2} spaces [）)] 、?  — （1）
 * Every line of the document is asked, so the grammar is read from character codes: most lines fail at their
 * first character, and a marker costs no regular-expression match array.
 */
const NUMERAL_START = 1;
const BRACKET_START = 2;
const DIGIT_START = 3;
const MARKER_START = new Uint8Array(0x10000);
for (const c of '一二三四五六七八九十') MARKER_START[c.charCodeAt(0)] = NUMERAL_START;
for (const c of '（(') MARKER_START[c.charCodeAt(0)] = BRACKET_START;
for (const c of '0123456789０１２３４５６７８９') MARKER_START[c.charCodeAt(0)] = DIGIT_START;

const FULLWIDTH_ZERO = 0xff10;
const DUN = 0x3001; // 、

const isMarkerSpace = (c: number) => c === 0x20 || c === 0xa0 || c === 0x3000;
const isClosingBracket = (c: number) => c === 0xff09 || c === 0x29;
/** 、 . ． ， , */
const isLevelOneStop = (c: number) => c === DUN || c === 0x2e || c === 0xff0e || c === 0xff0c || c === 0x2c;
/** 、 . ． */
const isLevelThreeStop = (c: number) => c === DUN || c === 0x2e || c === 0xff0e;

function skipMarkerSpace(line: string, i: number): number {
  while (isMarkerSpace(line.charCodeAt(i))) i++;
  return i;
}

/** The end of the run of characters of one start class (numerals or digits) from `i`. */
function runEnd(line: string, i: number, kind: number): number {
  while (i < line.length && MARKER_START[line.charCodeAt(i)] === kind) i++;
  return i;
}

/** The digits [from, to) (ASCII or full-width) as a number. */
function arabic(line: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    n = n * 10 + (c >= FULLWIDTH_ZERO ? c - FULLWIDTH_ZERO : c - 0x30);
  }
  return n;
}

/** The numbering marker a line starts with, if it reads as a heading (GB/T 9704 §7.3.3 levels). */
export function matchMarker(line: string): MarkerMatch | undefined {
  const start = skipMarkerSpace(line, 0);
  if (start === line.length) return undefined;
  switch (MARKER_START[line.charCodeAt(start)]) {
    case NUMERAL_START:
      return levelOne(line, start);
    case BRACKET_START:
      return bracketed(line, start);
    case DIGIT_START:
      return levelThree(line, start);
  }
  return undefined;
}

function levelOne(line: string, start: number): MarkerMatch | undefined {
  const end = runEnd(line, start, NUMERAL_START);
  if (!isLevelOneStop(line.charCodeAt(end))) return undefined;
  const number = numeralIn(line, start, end);
  return number === undefined ? undefined : { level: 1, start, marker: line.slice(start, end + 1), number };
}

/** Levels 2 and 4: the bracket holds a numeral or one or two digits. */
function bracketed(line: string, start: number): MarkerMatch | undefined {
  const from = skipMarkerSpace(line, start + 1);
  const kind = MARKER_START[line.charCodeAt(from)];
  if (kind !== NUMERAL_START && kind !== DIGIT_START) return undefined;
  const to = runEnd(line, from, kind);
  if (kind === DIGIT_START && to - from > 2) return undefined;
  const close = skipMarkerSpace(line, to);
  if (!isClosingBracket(line.charCodeAt(close))) return undefined;
  const end = line.charCodeAt(close + 1) === DUN ? close + 2 : close + 1;
  if (kind === DIGIT_START) return { level: 4, start, marker: line.slice(start, end), number: arabic(line, from, to) };
  const number = numeralIn(line, from, to);
  return number === undefined ? undefined : { level: 2, start, marker: line.slice(start, end), number };
}

function levelThree(line: string, start: number): MarkerMatch | undefined {
  const end = runEnd(line, start, DIGIT_START);
  if (end - start > 2 || !isLevelThreeStop(line.charCodeAt(end)) || MARKER_START[line.charCodeAt(end + 1)] === DIGIT_START) return undefined;
  return { level: 3, start, marker: line.slice(start, end + 1), number: arabic(line, start, end) };
}

/** A heading line ends a Word table (domain §8.2.6): numbered, or a part title on its own. */
export function looksLikeHeading(line: string): boolean {
  const m = matchMarker(line);
  if (!m) return false;
  // "1.5万" or a table row label such as "1.属于国家秘密" also start with markers, but those are
  // cell lines (they start with a TAB) and never reach here.
  return true;
}
