import { codeSet } from '../../text/code-set';
import { TextRange } from '../../text/range';
import { groupByCode, isDigitCode, WHITE_SPACE } from './chars';
import { Quantity } from './quantity';
import { Scan } from './scan';
import { WordLists, Words } from './words';

/**
 * "全县共召开21场新闻发布会" … "今年已成功召开16次新闻发布会": the same quantity given two values in one part.
 * A mention is keyed by what it counts: the verb before the number and the noun after it ("召开|新闻发布会"),
 * or, when no noun follows, the phrase before it ("被提起行政复议案件"). Only close matches pair up.
 */
export interface Mention {
  /** document offsets, as all offsets of the scan */
  readonly start: number;
  readonly end: number;
  readonly q: Quantity;
  readonly key: string;
  /** 共/全年/全县…: the mention claims to be the total */
  readonly total: boolean;
  /** the clause and the quantity (document offsets), quoted by a message: sliced only when one is reported */
  readonly clauseRange: TextRange;
}

/**
 * Words in front of the verb that say nothing about what is counted, tried at the start of the phrase in
 * this order (as the alternatives of a regular expression would be): a longer word before the shorter one
 * it starts with. A four-digit year ("2020年", "2020年度") is tried first, by `leadingFillerEnd`.
 */
const LEADING_FILLER = new Words([
  '今年', '全年', '本年度', '本年', '年内', '当年', '目前', '全县', '全区', '全市', '全镇', '全省', '共计', '共有', '累计', '总计', '合计',
  '一共', '已经', '已', '成功', '先后', '共', ...Array.from('一二三四五六七八九十', (n) => `${n}是`), '在', '并', '还', '又', '同时',
]);
/**
 * Words at the end of the phrase that say nothing about what is counted, longest first: /(?:共计|…|约)$/
 * finds the match that starts leftmost, so the longest word the phrase ends with.
 */
const TRAILING_FILLER = ['共计', '共有', '累计', '一共', '达到', '共', '达', '为', '了', '有', '约'];
/** TRAILING_FILLER by the code of their last character, in the same order: one lookup for most phrases. */
const TRAILING_FILLER_BY_LAST = groupByCode(TRAILING_FILLER, (w) => w.charCodeAt(w.length - 1));
/** The characters of the noun after a unit: CJK ideographs (U+4E00–U+9FFF) other than function words, which end it. */
const NOUN_CHAR = codeSet('', '\u4e00\u9fff');
for (const c of '的已均全并和及与达为进共次是被中等') NOUN_CHAR[c.charCodeAt(0)] = 0;
/** the clause claims the total */
export const TOTAL_WORDS = new Words(['共', '合计', '总计', '累计', '全年', '全县', '全区', '全市', '全镇']);
/** a sentence that compares with another period is about another quantity */
export const OTHER_PERIOD = new Words(['同比', '上年', '去年', '上一年', '较', '比上', '环比']);
const EVENT_UNITS = new Set(['场', '次']);
/** a clause that names a part or the rest is not about the total */
export const PART_WORDS = new Words(['其中', '其余', '另有', '包括']);
/** The three lists asked of the clause before a quantity, read in one pass: bits PART, OTHER and TOTAL. */
const CLAUSE_WORDS = new WordLists([PART_WORDS, OTHER_PERIOD, TOTAL_WORDS]);
const PART = 1;
const OTHER = 2;
const TOTAL = 4;
/** white space (\s, with the no-break space) is left out of the phrase */
const WHITE_SPACE_G = /[\s\u00a0]/g;
const NIAN = '年'.charCodeAt(0);
const DU = '度'.charCodeAt(0);

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The year written as four ASCII digits right before `at` (a 年), or -1. */
function yearBefore(text: string, at: number): number {
  let year = 0;
  for (let k = at - 4; k < at; k++) {
    const c = text.charCodeAt(k);
    if (!isAsciiDigit(c)) return -1;
    year = year * 10 + c - 0x30;
  }
  return year;
}

/**
 * Years other than the report's (after 1990) written as four ASCII digits and 年 ("2019年"): a figure after
 * one in its sentence is about another period. Their 年 are among the scan's year marks; the windows asked
 * about only move forward, so each is passed over once.
 */
class OtherYears {
  private readonly ends: number[] = [];
  private next = 0;

  constructor(scan: Scan, reportYear: number) {
    for (const at of scan.yearMarks) {
      const year = yearBefore(scan.text, at);
      if (year !== reportYear && year > 1990) this.ends.push(at);
    }
  }

  /** One lies wholly inside [from, to): what /[0-9]{4}(?=年)/ would find in that slice. */
  within(from: number, to: number): boolean {
    while (this.next < this.ends.length && this.ends[this.next] < from + 4) this.next++;
    return this.next < this.ends.length && this.ends[this.next] < to;
  }
}

/**
 * The words before a number that say what it counts: white space dropped, leading and trailing filler stripped.
 * Most paragraphs hold no white space (`spaced`, from the scan): their phrases are read in place, and only
 * the phrase left is sliced.
 */
export function phraseOf(text: string, from: number, to: number, spaced: boolean): string {
  if (spaced && hasWhiteSpace(text, from, to)) {
    const s = text.slice(from, to).replace(WHITE_SPACE_G, '');
    return withoutFiller(s, 0, s.length);
  }
  return withoutFiller(text, from, to);
}

function withoutFiller(s: string, start: number, end: number): string {
  for (let i = 0; i < 8; i++) {
    const next = leadingFillerEnd(s, start, end);
    if (next < 0) break;
    start = next;
  }
  for (let i = 0; i < 4; i++) {
    const w = trailingFiller(s, start, end);
    if (w === undefined) break;
    end -= w.length;
  }
  return s.slice(start, end);
}

/** Where the leading filler written at `at` ends (the text cut at `to`), or -1: a year, else a word of LEADING_FILLER. */
export function leadingFillerEnd(s: string, at: number, to: number): number {
  if (at + 5 <= to && isDigitCode(s.charCodeAt(at)) && isDigitCode(s.charCodeAt(at + 1)) && isDigitCode(s.charCodeAt(at + 2)) && isDigitCode(s.charCodeAt(at + 3)) && s.charCodeAt(at + 4) === NIAN) {
    return at + 5 < to && s.charCodeAt(at + 5) === DU ? at + 6 : at + 5;
  }
  const w = LEADING_FILLER.at(s, at, to);
  return w === undefined ? -1 : at + w.length;
}

function trailingFiller(s: string, start: number, end: number): string | undefined {
  const words = end > start ? TRAILING_FILLER_BY_LAST.get(s.charCodeAt(end - 1)) : undefined;
  if (words) for (const w of words) if (end - w.length >= start && s.startsWith(w, end - w.length)) return w;
  return undefined;
}

function hasWhiteSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (WHITE_SPACE[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** where the noun right after the unit ends: "新闻发布会" in "21场新闻发布会，" */
function nounEnd(text: string, q: Quantity, paragraphEnd: number): number {
  let end = q.fullEnd;
  while (end < paragraphEnd && end - q.fullEnd < 10 && NOUN_CHAR[text.charCodeAt(end)] === 1) end++;
  return end;
}

export function unitClass(unit: string): string {
  return EVENT_UNITS.has(unit) ? 'event' : unit;
}

/** The mentions of one paragraph that may restate a total (parts of itemised lists are not). */
export function readMentions(scan: Scan, parts: ReadonlySet<number>, reportYear: number | undefined): Mention[] {
  const { text, events } = scan;
  const out: Mention[] = [];
  let sentenceStart = scan.start;
  let prevEnd = scan.start;
  let otherYears: OtherYears | undefined;
  for (const e of events) {
    if (e.kind === 'sep' && e.strength === 4) sentenceStart = e.end;
    if (e.kind === 'sep' && e.strength === 1) prevEnd = e.end;
    if (e.kind !== 'q') continue;
    const q = e.q;
    const phraseStart = Math.max(q.clauseStart, prevEnd, sentenceStart, q.start - 30);
    prevEnd = q.fullEnd;
    if (!q.exact || q.approximate || parts.has(q.start)) continue;
    // Bounded look-backs keep a 100 KB paragraph without punctuation linear.
    // The clause and the noun are read in place, as offsets: most quantities are not mentions.
    const clauseStart = Math.max(q.clauseStart, q.start - 60);
    const inClause = CLAUSE_WORDS.within(text, clauseStart, q.start);
    if (inClause & PART) continue;
    const afterNoun = nounEnd(text, q, scan.end);
    // "上年同期收到申请27件": a figure of another period (checked on the clause and the noun as one text:
    // "较往年大幅度提高" elsewhere in the sentence does not make 21场 last year's).
    if (inClause & OTHER || OTHER_PERIOD.beyondFirst(text, clauseStart, q.start, q.fullEnd, afterNoun)) continue;
    if (reportYear !== undefined && (otherYears ??= new OtherYears(scan, reportYear)).within(Math.max(sentenceStart, q.start - 200), q.start)) continue;
    const phrase = phraseOf(text, phraseStart, q.start, scan.hasWhiteSpace);
    const noun = text.slice(q.fullEnd, afterNoun);
    let key: string | undefined;
    // A verb and a noun ("召开|新闻发布会"); a bare noun only when it is specific enough on its own.
    if (noun.length >= 2 && (phrase.length >= 2 || noun.length >= 4)) key = `${phrase.slice(-2)}|${noun}`;
    else if (phrase.length >= 4) key = phrase;
    if (!key) continue;
    out.push({ start: q.start, end: q.fullEnd, q, key: `${unitClass(q.unit)}:${key}`, total: (inClause & TOTAL) !== 0, clauseRange: { start: clauseStart, end: afterNoun } });
  }
  return out;
}

/** Pairs that disagree: each mention whose value differs from the first total mention of its key. */
export function disagreements(mentions: readonly Mention[]): { mention: Mention; anchor: Mention }[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  const out: { mention: Mention; anchor: Mention }[] = [];
  for (const list of byKey.values()) {
    const anchor = list.find((m) => m.total);
    if (!anchor) continue;
    for (const m of list) if (m !== anchor && m.q.decimal !== anchor.q.decimal) out.push({ mention: m, anchor });
  }
  return out;
}
