import { TextRange } from '../text/range';
import { Sentence } from './sentences';
import { mapped } from '../arrays';

/**
 * Numbers of the prose that can restate a table figure: a count with its unit ("107件") or a
 * percentage ("54.3%"). Everything else that carries digits is left alone on purpose: dates (2020年),
 * document numbers (〔2019〕60号), phone numbers, article references (第13条), approximations
 * (2000余次, 约50件), decimals before 个百分点, identifiers such as H5.
 */
export interface NumberToken {
  readonly kind: 'count' | 'percent';
  /** the digits only (what a fix replaces) */
  readonly range: TextRange;
  /** digits, optional space and unit */
  readonly fullRange: TextRange;
  /** the digits as written (percentages keep their decimals: "42.85") */
  readonly digits: string;
  readonly value: number;
  /** 件, 个, 条 … or % */
  readonly unit: string;
  /** offset of the token inside its sentence */
  readonly index: number;
}

// A token is digits (with decimals), an optional single space (PDF copies write "2000 余次", "49 件") and a
// unit; it starts only where a run of digits starts ("1.5" is one number, not "5"). Tokens are read at the
// runs of digits the sentence splitter records, through one table of character flags.
const DIGIT = 1;
/** a single-character unit: 件 个 条 项 次 篇 期 场 家 % ％ */
const UNIT = 2;
/** the optional space between the digits and the unit */
const GAP = 4;
/** a character before the digits that makes them part of something else: H5, 1-2, 第13条, ．5 */
const GLUED = 8;
/** the last character of a word that makes the figure approximate: 约 近 逾 超 (and 超过, 不到, 不足) */
const APPROXIMATE_END = 16;
const FLAGS = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) FLAGS[c] |= DIGIT | GLUED;
for (let c = 0x41; c <= 0x5a; c++) FLAGS[c] |= GLUED;
for (let c = 0x61; c <= 0x7a; c++) FLAGS[c] |= GLUED;
for (const [chars, flag] of [
  ['件个条项次篇期场家%％', UNIT],
  [' \u00a0', GAP],
  ['.．-－—~～/第', GLUED],
  ['约近逾超过到足', APPROXIMATE_END],
] as const) {
  for (const c of chars) FLAGS[c.charCodeAt(0)] |= flag;
}
const DOT = 0x2e;
const REN = '人'.charCodeAt(0);
const JIAN = '件'.charCodeAt(0);
const CI = '次'.charCodeAt(0);

/** The flags of the character at `i`; none past the end. */
function flagsAt(text: string, i: number): number {
  return i < text.length ? FLAGS[text.charCodeAt(i)] : 0;
}

/** Two-character words before the digits that make the figure approximate, by their last character. */
const APPROXIMATE_PAIRS: ReadonlyMap<number, number> = new Map(mapped([
  ['过', '超'],
  ['到', '不'],
  ['足', '不'],
], ([last, first]) => [last.charCodeAt(0), first.charCodeAt(0)]));

/** Whether the text before `at` ends with 约, 近, 逾, 超过, 超, 大约, 将近, 不到 or 不足. */
function approximateBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const last = text.charCodeAt(at - 1);
  if ((FLAGS[last] & APPROXIMATE_END) === 0) return false;
  const first = APPROXIMATE_PAIRS.get(last);
  return first === undefined || (at >= 2 && text.charCodeAt(at - 2) === first);
}

/** End of the run of digits starting at `i`. */
function digitsEnd(text: string, i: number): number {
  while ((flagsAt(text, i) & DIGIT) !== 0) i++;
  return i;
}

/** Length of the unit at `at` (0 for none): 件次 and 人次 before the one-character units, as the longer reading. */
function unitAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const c = text.charCodeAt(at);
  if (c === REN || c === JIAN) {
    if (text.charCodeAt(at + 1) === CI) return 2;
    return c === JIAN ? 1 : 0;
  }
  return (FLAGS[c] & UNIT) !== 0 ? 1 : 0;
}

/** Each unit as one shared string, by its character code: a token never slices its unit. ％ reads as %. */
const UNIT_TEXT: ReadonlyMap<number, string> = new Map(mapped([...'件个条项次篇期场家%％'], (c) => [c.charCodeAt(0), c === '％' ? '%' : c]));

/** The unit of `length` characters at `at`: 件次 and 人次 are the two-character ones. */
function unitText(text: string, at: number, length: number): string {
  const c = text.charCodeAt(at);
  if (length === 2) return c === JIAN ? '件次' : '人次';
  return UNIT_TEXT.get(c)!;
}

/** Up to this many characters, a figure's digits make an exact double (below 2^53). */
const EXACT_LENGTH = 15;
/** The powers of ten a figure of EXACT_LENGTH can divide by, written out: `10 ** k` need not be exact. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13];

/**
 * `Number(text.slice(at, end))` for digits with at most one decimal point, without the string (parsing a
 * fresh string goes through the runtime). Its digits and power of ten exact, the division rounds once, to
 * the double nearest the decimal, as reading it does; longer figures are left to `Number`.
 */
function numberAt(text: string, at: number, end: number): number {
  if (end - at > EXACT_LENGTH) return Number(text.slice(at, end));
  let whole = 0;
  let decimals = -1;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) decimals = 0;
    else {
      whole = whole * 10 + (c - 0x30);
      if (decimals >= 0) decimals++;
    }
  }
  return decimals > 0 ? whole / POW10[decimals] : whole;
}

const NONE: readonly NumberToken[] = [];

/** The tokens of a sentence, in order, read at the runs of digits the splitter found (most sentences have none). */
export function readTokens(sentence: Sentence): readonly NumberToken[] {
  if (sentence.digitRuns.length === 0) return NONE;
  // Most runs of digits are dates and the like: a sentence that holds no token allocates nothing.
  let out: NumberToken[] | undefined;
  const text = sentence.text;
  /** where the last token read ends: runs before it are its decimals */
  let read = 0;
  for (const at of sentence.digitRuns) {
    // Digits after a dot are the decimals of a number: of a token read, or of one that did not read as a token.
    if (at < read || (at > 0 && text.charCodeAt(at - 1) === DOT)) continue;
    let end = digitsEnd(text, at);
    const decimals = text.charCodeAt(end) === DOT && (flagsAt(text, end + 1) & DIGIT) !== 0;
    if (decimals) end = digitsEnd(text, end + 1);
    const space = (flagsAt(text, end) & GAP) !== 0 ? 1 : 0;
    const unitLength = unitAt(text, end + space);
    if (unitLength === 0) continue;
    read = end + space + unitLength;
    if (at > 0 && (FLAGS[text.charCodeAt(at - 1)] & GLUED) !== 0) continue;
    if (approximateBefore(text, at)) continue;
    const unit = unitText(text, end + space, unitLength);
    const percent = unit === '%';
    // A count is a whole number; "1.5个百分点" and the like are not counts.
    if (!percent && decimals) continue;
    // A percentage is never spaced from its sign in these reports; a spaced one is likely a copy artifact, still read it.
    const start = sentence.range.start + at;
    (out ??= []).push({
      kind: percent ? 'percent' : 'count',
      range: { start, end: start + end - at },
      fullRange: { start, end: start + read - at },
      digits: text.slice(at, end),
      value: numberAt(text, at, end),
      unit,
      index: at,
    });
  }
  return out ?? NONE;
}
