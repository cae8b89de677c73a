import { Quantity } from './quantity';
import { Scan } from './scan';

/**
 * "全县共召开21场新闻发布会" … "今年已成功召开16次新闻发布会": the same quantity given two values in one part.
 * A mention is keyed by what it counts: the verb before the number and the noun after it ("召开|新闻发布会"),
 * or, when no noun follows, the phrase before it ("被提起行政复议案件"). Only close matches pair up.
 */
export interface Mention {
  /** paragraph-independent: document offsets */
  readonly start: number;
  readonly end: number;
  readonly q: Quantity;
  readonly key: string;
  /** 共/全年/全县…: the mention claims to be the total */
  readonly total: boolean;
  /** the clause, for the message */
  readonly clause: string;
}

/** Words in front of the verb that say nothing about what is counted. Anchored literals only (linear). */
const LEADING_FILLER = /^(?:[0-9０-９]{4}年度?|今年|全年|本年度?|年内|当年|目前|全县|全区|全市|全镇|全省|共计|共有|累计|总计|合计|一共|已经|已|成功|先后|共|[一二三四五六七八九十]是|在|并|还|又|同时)/;
const TRAILING_FILLER = /(?:共计|共有|累计|一共|共|达到|达|为|了|有|约)$/;
const NOUN_STOP = new Set(['的', '已', '均', '全', '并', '和', '及', '与', '达', '为', '进', '共', '次', '是', '被', '中', '等']);
const TOTAL_WORD = /共|合计|总计|累计|全年|全县|全区|全市|全镇/;
/** a sentence that compares with another period is about another quantity */
const OTHER_PERIOD = /同比|上年|去年|上一年|较|比上|环比/;
const EVENT_UNITS = new Set(['场', '次']);

const isCjk = (c: string | undefined) => c !== undefined && c >= '\u4e00' && c <= '\u9fff';

function stripLeading(s: string): string {
  for (let i = 0; i < 8; i++) {
    const m = LEADING_FILLER.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
  }
  return s;
}

function stripTrailing(s: string): string {
  for (let i = 0; i < 4; i++) {
    const m = TRAILING_FILLER.exec(s);
    if (!m) break;
    s = s.slice(0, s.length - m[0].length);
  }
  return s;
}

/** the noun right after the unit: "新闻发布会" in "21场新闻发布会，" */
function nounAfter(text: string, q: Quantity): string {
  let end = q.fullEnd;
  while (end < text.length && end - q.fullEnd < 10 && isCjk(text[end]) && !NOUN_STOP.has(text[end])) end++;
  return text.slice(q.fullEnd, end);
}

export function unitClass(unit: string): string {
  return EVENT_UNITS.has(unit) ? 'event' : unit;
}

/** The mentions of one paragraph that may restate a total (parts of itemised lists are not). */
export function readMentions(scan: Scan, base: number, parts: ReadonlySet<number>, reportYear: number | undefined): Mention[] {
  const { text, events } = scan;
  const out: Mention[] = [];
  let sentenceStart = 0;
  let prevEnd = 0;
  for (const e of events) {
    if (e.kind === 'sep' && e.strength === 4) sentenceStart = e.end;
    if (e.kind === 'sep' && e.strength === 1) prevEnd = e.end;
    if (e.kind !== 'q') continue;
    const q = e.q;
    const before = text.slice(Math.max(q.clauseStart, prevEnd, sentenceStart, q.start - 30), q.start);
    prevEnd = q.fullEnd;
    if (!q.exact || q.approximate || parts.has(q.start)) continue;
    // Bounded look-backs keep a 100 KB paragraph without punctuation linear.
    const clause = text.slice(Math.max(q.clauseStart, q.start - 60), q.start);
    if (/其中|其余|另有|包括/.test(clause)) continue;
    const noun = nounAfter(text, q);
    // "上年同期收到申请27件": a figure of another period (checked on the clause: "较往年大幅度提高" elsewhere
    // in the sentence does not make 21场 last year's).
    if (OTHER_PERIOD.test(clause + noun)) continue;
    const years = text.slice(Math.max(sentenceStart, q.start - 200), q.start).match(/[0-9]{4}(?=年)/g) ?? [];
    if (reportYear !== undefined && years.some((y) => Number(y) !== reportYear && Number(y) > 1990)) continue;
    const phrase = stripTrailing(stripLeading(before.replace(/[\s\u00a0]/g, '')));
    let key: string | undefined;
    // A verb and a noun ("召开|新闻发布会"); a bare noun only when it is specific enough on its own.
    if (noun.length >= 2 && (phrase.length >= 2 || noun.length >= 4)) key = `${phrase.slice(-2)}|${noun}`;
    else if (phrase.length >= 4) key = phrase;
    if (!key) continue;
    out.push({ start: base + q.start, end: base + q.fullEnd, q, key: `${unitClass(q.unit)}:${key}`, total: TOTAL_WORD.test(clause), clause: clause + text.slice(q.start, q.fullEnd + noun.length) });
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
