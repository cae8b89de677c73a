import { ReportModel } from '../model/types';
import { SPACE_CLASS } from '../text/normalize';
import { TextRange } from '../text/range';

/**
 * Sentences of the prose, with document offsets. Every prose check matches inside one sentence, so a
 * number is never tied to a phrase of another sentence. Paragraphs are lines in the reports (domain §8.1),
 * so a line end always ends a sentence as well.
 */
export interface Sentence {
  /** trimmed of layout spaces at both ends; document offsets */
  readonly range: TextRange;
  /** exactly `model.text.slice(range.start, range.end)` */
  readonly text: string;
  /** zero-based line the sentence stands on */
  readonly line: number;
}

/**
 * `semicolon` (default): split at 。！？!? and at ；; (domain §5.1 rule 1: "予以公开63件，占54.3%；部分公开…"
 * are separate statements). `period`: split only at 。！？!?, for checks that read a whole enumeration
 * such as "在答复的申请中：…；…；…。".
 * Enumerating commas never split: "其中，结果维持2件，纠正2件" belongs to the total before it.
 */
export type SentenceLevel = 'semicolon' | 'period';

export interface SplitOptions {
  readonly level?: SentenceLevel;
  /** line number at `span.start`, when the caller knows it (otherwise it is counted from the start of `text`) */
  readonly firstLine?: number;
}

const PERIOD = new Set(['。', '！', '？', '!', '?']);
const SEMICOLON = new Set(['；', ';']);
/** closing marks that stay with the sentence they close: 。” 。） */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', "'"]);
const OPEN_PAREN = new Set(['（', '(']);
const CLOSE_PAREN = new Set(['）', ')']);
const SPACE = new RegExp(`[${SPACE_CLASS}]`);
// The loop reads character codes through one table of flags: `text[i]` allocates a string for every CJK
// character and a Set lookup per character was the hottest line of a whole check.
const IS_PERIOD = 1;
const IS_SEMICOLON = 2;
const IS_CLOSER = 4;
const IS_OPEN = 8;
const IS_CLOSE = 16;
const FLAGS = new Uint8Array(0x10000);
for (const [set, flag] of [[PERIOD, IS_PERIOD], [SEMICOLON, IS_SEMICOLON], [CLOSERS, IS_CLOSER], [OPEN_PAREN, IS_OPEN], [CLOSE_PAREN, IS_CLOSE]] as const) {
  for (const c of set) FLAGS[c.charCodeAt(0)] |= flag;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, line: number): void {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  if (end > start) out.push({ range: { start, end }, text: text.slice(start, end), line });
}

/**
 * Splits `text` (or the span of it) into sentences. One linear pass; offsets are UTF-16 offsets of `text`.
 * A semicolon inside parentheses does not split ("（含上年结转2件；其中…）"); a period always does and
 * closes any parenthesis left open, so one unbalanced bracket cannot swallow a paragraph.
 */
export function splitSentences(text: string, span: TextRange = { start: 0, end: text.length }, options: SplitOptions = {}): Sentence[] {
  const level = options.level ?? 'semicolon';
  const out: Sentence[] = [];
  let line = options.firstLine ?? 0;
  if (options.firstLine === undefined) for (let i = 0; i < span.start; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) line++;
  let start = span.start;
  let depth = 0;
  let i = span.start;
  while (i < span.end) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      pushTrimmed(out, text, start, i, line);
      const crlf = c === 13 && text.charCodeAt(i + 1) === 10;
      i += crlf ? 2 : 1;
      line++;
      start = i;
      depth = 0;
      continue;
    }
    const f = FLAGS[c];
    if (f === 0) {
      i++;
      continue;
    }
    if (f & IS_OPEN) depth++;
    else if (f & IS_CLOSE && depth > 0) depth--;
    const stop = (f & IS_PERIOD) !== 0 || (level === 'semicolon' && depth === 0 && (f & IS_SEMICOLON) !== 0);
    if (!stop) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < span.end && (FLAGS[text.charCodeAt(end)] & (IS_PERIOD | IS_CLOSER)) !== 0) end++;
    pushTrimmed(out, text, start, end, line);
    if (f & IS_PERIOD) depth = 0;
    start = i = end;
  }
  pushTrimmed(out, text, start, span.end, line);
  return out;
}

const cache = new WeakMap<ReportModel, Map<SentenceLevel, readonly Sentence[]>>();

/**
 * The sentences of the document's prose: prose lines and heading lines (a run-in heading such as
 * "（二）依申请公开。2024年共收到…" carries its paragraph on the same line). Titles and tables are left out.
 * Cached per model.
 */
export function proseSentences(model: ReportModel, level: SentenceLevel = 'semicolon'): readonly Sentence[] {
  let byLevel = cache.get(model);
  if (!byLevel) cache.set(model, (byLevel = new Map()));
  let sentences = byLevel.get(level);
  if (!sentences) {
    const list: Sentence[] = [];
    for (const l of model.lines.lines) {
      const kind = model.lineKinds[l.number];
      if (kind !== 'prose' && kind !== 'heading') continue;
      list.push(...splitSentences(model.text, { start: l.start, end: l.end }, { level, firstLine: l.number }));
    }
    sentences = list;
    byLevel.set(level, sentences);
  }
  return sentences;
}

/** The sentence holding `offset` (end inclusive, so a cursor just after the last character still finds it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.range.start) hi = mid - 1;
    else if (offset > s.range.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
