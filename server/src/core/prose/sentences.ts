import { perModel } from '../model/memo';
import { LineKind, ReportModel } from '../model/types';
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
  /**
   * offsets in `text` where a run of ASCII digits starts, in order. Found while splitting, so that the
   * readers of numbers go straight to them instead of scanning every sentence again (most have none).
   */
  readonly digitRuns: readonly number[];
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

// The loop reads character codes through one table of flags: `text[i]` allocates a string for every CJK
// character, and a Set lookup or a regular expression per character was the hottest line of a whole check.
const IS_PERIOD = 1;
const IS_SEMICOLON = 2;
/** closing marks that stay with the sentence they close: 。” 。） */
const IS_CLOSER = 4;
const IS_OPEN = 8;
const IS_CLOSE = 16;
/** layout space, trimmed from both ends of a sentence: the characters of SPACE_CLASS (text/normalize) */
const IS_SPACE = 32;
const IS_DIGIT = 64;
const FLAGS = new Uint8Array(0x10000);
for (const [chars, flag] of [
  ['。！？!?', IS_PERIOD],
  ['；;', IS_SEMICOLON],
  ['”’」』）)》】〕"\'', IS_CLOSER],
  ['（(', IS_OPEN],
  ['）)', IS_CLOSE],
  [' \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff', IS_SPACE],
] as const) {
  for (const c of chars) FLAGS[c.charCodeAt(0)] |= flag;
}
for (let c = 0x30; c <= 0x39; c++) FLAGS[c] |= IS_DIGIT;
/** what the splitter stops at: closers and spaces only matter right after a stop or at the ends */
const MARKS = IS_PERIOD | IS_SEMICOLON | IS_OPEN | IS_CLOSE | IS_DIGIT;

/**
 * Where the sentences of one line go: either level or both. Every period-level boundary is a
 * semicolon-level boundary too, so one scan can fill both lists.
 */
interface Sink {
  readonly semicolons: Sentence[] | undefined;
  readonly periods: Sentence[] | undefined;
}

const NO_RUNS: readonly number[] = [];
const INITIAL_RUNS = 64;
const MAX_KEPT_RUNS = 4096;

/**
 * The runs of digits of the line being split (document offsets), for both levels at once: a piece keeps
 * only where its runs begin in here, and its sentence copies them out at their exact number. One buffer
 * serves every line, so a line allocates nothing but its sentences.
 */
class RunBuffer {
  private offsets = new Int32Array(INITIAL_RUNS);
  /** how many runs the line has so far */
  count = 0;

  /** Empties the buffer for the next line; one that a huge line grew is dropped rather than kept for good. */
  clear(): void {
    this.count = 0;
    if (this.offsets.length > MAX_KEPT_RUNS) this.offsets = new Int32Array(INITIAL_RUNS);
  }

  add(at: number): void {
    if (this.count === this.offsets.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.count++] = at;
  }

  /** The runs from the `first` on, as offsets from `start`: an array of their exact number, as the model keeps it. */
  since(first: number, start: number): readonly number[] {
    const n = this.count - first;
    if (n === 0) return NO_RUNS;
    const runs = new Array<number>(n);
    for (let r = 0; r < n; r++) runs[r] = this.offsets[first + r] - start;
    return runs;
  }
}

const lineRuns = new RunBuffer();

/** The sentence being read at one level: where it starts, and where its runs of digits start in `lineRuns`. */
class Piece {
  start = 0;
  private firstRun = 0;

  /** Drops what was read; the next piece starts at `end`. */
  restart(end: number): void {
    this.start = end;
    this.firstRun = lineRuns.count;
  }

  /** The piece up to `end` without its layout spaces (undefined when nothing else is left); the next one starts at `end`. */
  take(text: string, end: number, line: number): Sentence | undefined {
    let start = this.start;
    const firstRun = this.firstRun;
    this.restart(end);
    while (start < end && (FLAGS[text.charCodeAt(start)] & IS_SPACE) !== 0) start++;
    while (end > start && (FLAGS[text.charCodeAt(end - 1)] & IS_SPACE) !== 0) end--;
    if (end <= start) return undefined;
    return { range: { start, end }, text: text.slice(start, end), line, digitRuns: lineRuns.since(firstRun, start) };
  }
}

/** The sentences being read at each level: one pair serves every line, as a line is split before the next. */
const semicolon = new Piece();
const period = new Piece();

/**
 * Splits [start, end) of `text`, a span without line breaks, into the sinks. A semicolon inside parentheses
 * does not split ("（含上年结转2件；其中…）"); a period always does and closes any parenthesis left open, so
 * one unbalanced bracket cannot swallow a paragraph.
 */
function splitLine(text: string, start: number, end: number, line: number, sink: Sink): void {
  lineRuns.clear();
  semicolon.restart(start);
  period.restart(start);
  let depth = 0;
  let i = start;
  while (i < end) {
    // Most characters mark nothing: they are skipped in a loop of their own.
    while (i < end && (FLAGS[text.charCodeAt(i)] & MARKS) === 0) i++;
    if (i === end) break;
    const f = FLAGS[text.charCodeAt(i)];
    if (f & IS_DIGIT) {
      // Runs are read whole, so a digit reached here starts one.
      lineRuns.add(i++);
      while (i < end && (FLAGS[text.charCodeAt(i)] & IS_DIGIT) !== 0) i++;
      continue;
    }
    if (f & IS_OPEN) depth++;
    else if (f & IS_CLOSE && depth > 0) depth--;
    let stopsPeriod = (f & IS_PERIOD) !== 0;
    if (!stopsPeriod && (depth > 0 || (f & IS_SEMICOLON) === 0 || !sink.semicolons)) {
      i++;
      continue;
    }
    // The stop takes the run of stops and closers after it ("；”", "。）"). A period in the run of a
    // semicolon ends the period-level sentence at the same place, as the period scan would on its own.
    let stop = i + 1;
    while (stop < end) {
      const g = FLAGS[text.charCodeAt(stop)];
      if ((g & (IS_PERIOD | IS_CLOSER)) === 0) break;
      if (g & IS_PERIOD) stopsPeriod = true;
      stop++;
    }
    if (stopsPeriod) {
      closePeriod(text, stop, line, sink);
      depth = 0;
    } else {
      const s = semicolon.take(text, stop, line);
      if (s) sink.semicolons!.push(s);
    }
    i = stop;
  }
  closePeriod(text, end, line, sink);
}

/** Ends both levels at `end`; a statement that is a whole period-level sentence is one object in both lists. */
function closePeriod(text: string, end: number, line: number, sink: Sink): void {
  const whole = semicolon.start === period.start;
  const last = semicolon.take(text, end, line);
  if (last) sink.semicolons?.push(last);
  const s = whole ? last : period.take(text, end, line);
  if (whole) period.restart(end);
  if (s) sink.periods?.push(s);
}

/** Line number at `offset`, counting LF, CRLF and lone CR. */
function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** Splits `text` (or the span of it) into sentences. One linear pass; offsets are UTF-16 offsets of `text`. */
export function splitSentences(text: string, span: TextRange = { start: 0, end: text.length }, options: SplitOptions = {}): Sentence[] {
  const out: Sentence[] = [];
  const sink: Sink = options.level === 'period' ? { semicolons: undefined, periods: out } : { semicolons: out, periods: undefined };
  let line = options.firstLine ?? lineAt(text, span.start);
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    splitLine(text, start, i, line, sink);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    line++;
    start = i + 1;
  }
  splitLine(text, start, span.end, line, sink);
  return out;
}

/** The sentences of one line, at both levels. */
export interface LineSentences {
  readonly semicolon: readonly Sentence[];
  readonly period: readonly Sentence[];
}

/**
 * Splits one prose line of the model at both levels, as `proseSentences` does: for readers that find the
 * few lines they read first, so the other lines are never split.
 */
export function lineSentences(model: ReportModel, line: number): LineSentences {
  const sink = { semicolons: [] as Sentence[], periods: [] as Sentence[] };
  const l = model.lines.lines[line];
  splitLine(model.text, l.start, l.end, line, sink);
  return { semicolon: sink.semicolons, period: sink.periods };
}

/** The lines whose text is prose: prose lines and heading lines (a heading may run in its paragraph). */
export const isProseLine = (kind: LineKind): boolean => kind === 'prose' || kind === 'heading';

const levelsOf = perModel((model: ReportModel): Record<SentenceLevel, readonly Sentence[]> => {
  const sink = { semicolons: [] as Sentence[], periods: [] as Sentence[] };
  // Through the kinds, indexed by line number: only the lines that are split are loaded, and most lines
  // of a report are table rows.
  const kinds = model.lineKinds;
  for (let n = 0; n < kinds.length; n++) {
    if (!isProseLine(kinds[n])) continue;
    const l = model.lines.lines[n];
    splitLine(model.text, l.start, l.end, n, sink);
  }
  return { semicolon: sink.semicolons, period: sink.periods };
});

/**
 * The sentences of the document's prose: prose lines and heading lines (a run-in heading such as
 * "（二）依申请公开。2024年共收到…" carries its paragraph on the same line). Titles and tables are left out.
 * Both levels are split in one pass and cached per model; a sentence that is the same at both levels is
 * the same object in both lists.
 */
export function proseSentences(model: ReportModel, level: SentenceLevel = 'semicolon'): readonly Sentence[] {
  return levelsOf(model)[level];
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
