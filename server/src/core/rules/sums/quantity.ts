import { COUNT_UNITS } from '../../prose/quantity-lines';
import { codeSet } from '../../text/code-set';
import { groupByCode, isDigitCode, wordAt } from './chars';

/**
 * A number with its unit as the prose writes it ("75件", "5600余条", "1.2万元", "54.3%"), read for summing.
 * Only Arabic digits are read: Chinese numerals in these reports are ordinals or set phrases (前三季度,
 * 一是, 三公经费), never itemised counts.
 */
export interface Quantity {
  /** offsets inside the scanned text */
  readonly start: number;
  /** end of the digits */
  readonly end: number;
  /** end of the unit (and of 余/多 when written) */
  readonly fullEnd: number;
  /** the digits as written (full-width digits kept) */
  readonly digits: string;
  /** the written number as a plain ASCII decimal ("1200", "54.3") */
  readonly decimal: string;
  readonly decimals: number;
  /** base unit: 件, 条, 次, 元, % … (万元 → 元 with scale 4) */
  readonly unit: string;
  /** the unit as written after the digits ("万元", "余条") */
  readonly unitText: string;
  /** power of ten from the written value to the base unit (万元 → 4) */
  readonly scale: number;
  /** a count in 件/条/… without 万/亿: exact, not rounded */
  readonly exact: boolean;
  /** 约/近/余/多/左右/…: never summed into an error */
  readonly approximate: boolean;
  /** offset where the quantity's clause starts (after the last ，；：。 or bracket) */
  readonly clauseStart: number;
}

/** COUNT_UNITS by the code of their first character, in the same order (longest first). */
const COUNT_UNITS_BY_FIRST = groupByCode(COUNT_UNITS, (u) => u.charCodeAt(0));
const YUAN = '元'.charCodeAt(0);
/** 余/多 right after the digits: "5600余条", "200多条" */
const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);
const WAN = '万'.charCodeAt(0);
const QIAN = '千'.charCodeAt(0);

/** 亿/万/千 before a unit: the power of ten it adds (0 for any other character). */
function magnitudeOf(c: number): number {
  return c === WAN ? 4 : c === YI ? 8 : c === QIAN ? 3 : 0;
}

/** 个 followed by these is a duration or a percentage point, not a count of things. Tested at the unit's end. */
const AFTER_GE = groupByCode(['月', '工作日', '小时', '百分点', '季度', '年', '星期', '周', '自然日'], (w) => w.charCodeAt(0));
/** right after the unit: an approximate figure ("50件左右"). Looked up, not matched: every quantity asks. */
const APPROX_AFTER = groupByCode(['余', '多', '左右', '以上', '上下', '以内', '以下', '之多'], (w) => w.charCodeAt(0));
const APPROX_BEFORE = ['大约', '约', '近', '逾', '超过', '超', '将近', '接近', '不到', '不足', '不少于', '至少', '最多', '多达'];
/** how far back the words before the digits are looked for (the longest of APPROX_BEFORE) */
const BEFORE_REACH = 3;
/** APPROX_BEFORE by the code of their last character: most numbers follow none of them, and pay one lookup. */
const APPROX_BEFORE_BY_LAST = groupByCode(APPROX_BEFORE, (w) => w.charCodeAt(w.length - 1));

/** "3至5件", "3-5件": after a digit, these make the number the upper end of a range */
const RANGE_MARK = new Set(Array.from('至到~～-－—', (c) => c.charCodeAt(0)));
/** a character right before the digits that makes them part of something else: 第13条, H5, 1.5, 〔2019〕 */
const GLUE_BEFORE = codeSet('.．_#＃/／第〔［[', '09', '０９', 'AZ', 'az', 'ＡＺ', 'ａｚ');
/** 前3名, 后5名: a rank */
const RANK_BEFORE = new Set(Array.from('前后', (c) => c.charCodeAt(0)));

const FULLWIDTH_ZERO = 0xff10;
const FULLWIDTH_DOT = 0xff0e;
const COMMA = 0x2c;
const DOT = 0x2e;
const SPACE = 0x20;
const NBSP = 0xa0;
const PERCENT = 0x25;
const FULLWIDTH_PERCENT = 0xff05;

function readDigits(text: string, i: number): number {
  while (isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

const isDigitAt = (text: string, i: number) => isDigitCode(text.charCodeAt(i));
const isDotAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === DOT || c === FULLWIDTH_DOT;
};

/**
 * The end of the number whose digits start at `i`: digits, thousands separators and decimals. The caller
 * goes on from there, so no digit is read twice (one linear pass over the text).
 */
export function numberEnd(text: string, i: number): number {
  let j = readDigits(text, i);
  // Thousands separators: ASCII commas followed by exactly three digits ("1,200件").
  while (text.charCodeAt(j) === COMMA && isDigitAt(text, j + 1) && isDigitAt(text, j + 2) && isDigitAt(text, j + 3) && !isDigitAt(text, j + 4) && j - i <= 15) j += 4;
  return isDotAt(text, j) && isDigitAt(text, j + 1) ? readDigits(text, j + 1) : j;
}

/** The number of decimals of the number [start, end) as `numberEnd` read it. */
function decimalsOf(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && isDigitAt(text, k - 1)) k--;
  return k > start && isDotAt(text, k - 1) ? end - k : 0;
}

/** The digits as written, as a plain ASCII decimal: thousands separators dropped, full-width digits and point made ASCII. */
function asciiDecimal(digits: string): string {
  let plain = true;
  for (let k = 0; k < digits.length && plain; k++) {
    const c = digits.charCodeAt(k);
    plain = c !== COMMA && c < 0x80;
  }
  // Most numbers are written plain: the digits as written are the decimal, not a second copy of them.
  if (plain) return digits;
  let out = '';
  for (let k = 0; k < digits.length; k++) {
    const c = digits.charCodeAt(k);
    if (c === COMMA) continue;
    out += c === FULLWIDTH_DOT ? '.' : c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9 ? String.fromCharCode(c - 0xfee0) : digits[k];
  }
  return out;
}

interface Unit {
  readonly unit: string;
  readonly scale: number;
  readonly money: boolean;
  /** offset after the unit */
  readonly end: number;
}

function countUnitAt(text: string, at: number): string | undefined {
  const candidates = COUNT_UNITS_BY_FIRST.get(text.charCodeAt(at));
  if (candidates) for (const u of candidates) if (u.length === 1 || text.startsWith(u, at)) return u;
  return undefined;
}

/** The unit written at `k`: [亿万千]元, an optional 亿/万/千 and a count unit, or a percent sign. */
function unitAt(text: string, k: number): Unit | undefined {
  const magnitude = magnitudeOf(text.charCodeAt(k));
  const at = magnitude === 0 ? k : k + 1;
  if (text.charCodeAt(at) === YUAN) return { unit: '元', scale: magnitude, money: true, end: at + 1 };
  const count = countUnitAt(text, at);
  if (count) return { unit: count, scale: magnitude, money: false, end: at + count.length };
  const c = text.charCodeAt(k);
  if (magnitude === 0 && (c === PERCENT || c === FULLWIDTH_PERCENT)) return { unit: '%', scale: 0, money: false, end: k + 1 };
  return undefined;
}

/** 约/近/超过… or a range ("3至") right before the digits, looked for within BEFORE_REACH characters. */
function approximateBefore(text: string, lo: number, b: number): boolean {
  const words = b > lo ? APPROX_BEFORE_BY_LAST.get(text.charCodeAt(b - 1)) : undefined;
  if (words) for (const w of words) if (b - w.length >= lo && text.startsWith(w, b - w.length)) return true;
  return b - 2 >= lo && isDigitAt(text, b - 2) && RANGE_MARK.has(text.charCodeAt(b - 1));
}

/** The unit as written in [end, k): most often the base unit itself, whose string is shared rather than sliced. */
function writtenUnit(text: string, end: number, k: number, unit: string): string {
  return k - end === unit.length && text.startsWith(unit, end) ? unit : text.slice(end, k);
}

/**
 * Reads the quantity whose number (from `numberEnd`) is [start, end), or undefined when it has no unit.
 * Every digit run of the prose comes here (dates, article numbers, amounts …), so the tests up to the unit
 * work on character codes and lookup tables: no one-character strings, slices or regular expressions per
 * digit run. Only a number with a unit pays for the rest.
 */
export function readQuantity(text: string, start: number, end: number, clauseStart: number): Quantity | undefined {
  if (start > 0 && GLUE_BEFORE[text.charCodeAt(start - 1)] === 1) return undefined;
  if (end - start > 20) return undefined;
  let k = end;
  const space = text.charCodeAt(k);
  if (space === SPACE || space === NBSP) k++;
  const more = text.charCodeAt(k);
  let approximate = more === YU || more === DUO;
  if (approximate) k++;
  const u = unitAt(text, k);
  if (!u) return undefined;
  k = u.end;
  if (u.unit === '个' && wordAt(AFTER_GE, text, k) !== undefined) return undefined;
  const decimals = decimalsOf(text, start, end);
  const exact = !u.money && u.unit !== '%' && u.scale === 0;
  // Counts are whole numbers: "1.5件" is not a count.
  if (decimals > 0 && exact) return undefined;
  // The words before: up to BEFORE_REACH characters, one space before the digits ignored.
  const lo = Math.max(0, start - BEFORE_REACH);
  let b = start;
  if (b > lo && (text.charCodeAt(b - 1) === SPACE || text.charCodeAt(b - 1) === NBSP)) b--;
  // 前3名: a rank, not a count.
  if (u.unit === '名' && b > lo && RANK_BEFORE.has(text.charCodeAt(b - 1))) return undefined;
  if (wordAt(APPROX_AFTER, text, k) !== undefined || approximateBefore(text, lo, b)) approximate = true;
  const digits = text.slice(start, end);
  return {
    start,
    end,
    fullEnd: k,
    digits,
    decimal: asciiDecimal(digits),
    decimals,
    unit: u.unit,
    unitText: writtenUnit(text, end, k, u.unit),
    scale: u.scale,
    exact,
    approximate,
    clauseStart,
  };
}
