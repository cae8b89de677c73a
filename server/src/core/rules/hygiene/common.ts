import { ReportModel } from '../../model/types';
import { Line } from '../../text/line-index';
import { TextRange } from '../../text/range';

// Character classes by UTF-16 code unit, one bit each. The rules read character codes (charCodeAt)
// and look them up here: no one-character string per character read, and one load instead of a
// chain of range tests.
/** CJK unified ideographs (the basic block and extension A). */
export const HAN = 1;
/** Full-width punctuation of Chinese text: 。，、；：？！（）《》〈〉【】“”‘’… and the full-width forms. */
export const CJK_PUNCT = 2;
export const DIGIT = 4;
/** What `/\s/` and `String.prototype.trim` treat as white space. */
export const WHITE_SPACE = 8;
/** A character that makes its neighbourhood Chinese text. */
export const CJK = HAN | CJK_PUNCT;

const CLASSES = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const add = (from: number, to: number, bit: number) => {
    for (let c = from; c <= to; c++) table[c] |= bit;
  };
  const addEach = (chars: string, bit: number) => {
    for (let i = 0; i < chars.length; i++) add(chars.charCodeAt(i), chars.charCodeAt(i), bit);
  };
  add(0x4e00, 0x9fff, HAN);
  add(0x3400, 0x4dbf, HAN);
  add(0x3001, 0x303f, CJK_PUNCT);
  add(0xff01, 0xff0f, CJK_PUNCT);
  add(0xff1a, 0xff20, CJK_PUNCT);
  add(0xff3b, 0xff40, CJK_PUNCT);
  add(0xff5b, 0xff65, CJK_PUNCT);
  addEach('“”‘’…—·', CJK_PUNCT);
  add(0x30, 0x39, DIGIT);
  // ECMAScript white space (tab, vertical tab, form feed, BOM and the Unicode space separators) and line terminators.
  addEach('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', WHITE_SPACE);
  add(0x2000, 0x200a, WHITE_SPACE);
  return table;
}

/** The classes of the character at `i`; none outside the text. */
export function classAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? CLASSES[text.charCodeAt(i)] : 0;
}

/** Offsets in the text, in increasing order. */
export type Offsets = readonly number[];

/**
 * The line of an offset. Rules ask for the lines of their cues in text order, and several cues often
 * share a line: the last line found is checked before searching the index again.
 */
export function lineFinder(model: ReportModel): (offset: number) => Line {
  let line = model.lines.lines[0];
  return (offset) => (line.start <= offset && offset < line.next ? line : (line = model.lines.lineAt(offset)));
}

/**
 * The matches of a sticky (`y`) pattern tried at cues, in order and without overlap: the matches a
 * global search finds, when every match starts where `startAt` puts one of the cues. `startAt` gives
 * the offset to try for a cue (in increasing order), or undefined to pass it by. The regular expression
 * engine then runs only at the few places worth trying instead of at every offset of the text.
 */
export function matchesAtCues(
  pattern: RegExp,
  text: string,
  cues: Offsets,
  startAt: (cue: number) => number | undefined = (cue) => cue,
): RegExpExecArray[] {
  if (!pattern.sticky) throw new Error(`matchesAtCues needs a sticky pattern: ${pattern}`);
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const cue of cues) {
    const start = startAt(cue);
    // Before the end of the last match (or before the text): a global search would not look there.
    if (start === undefined || start < end) continue;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (!m) continue;
    out.push(m);
    end = start + m[0].length;
  }
  return out;
}

/**
 * Spans other rules own, to leave alone. Sorted by start with the running maximum of their ends, so
 * whether a range overlaps one of them is a binary search rather than a walk over all of them (a long
 * document has thousands of heading markers).
 */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly maxEnds: number[] = [];

  constructor(spans: readonly TextRange[]) {
    let maxEnd = -Infinity;
    for (const s of spans.slice().sort((a, b) => a.start - b.start)) {
      maxEnd = Math.max(maxEnd, s.end);
      this.starts.push(s.start);
      this.maxEnds.push(maxEnd);
    }
  }

  /** Whether `r` overlaps one of the spans. */
  overlaps(r: TextRange): boolean {
    // The spans that start before r ends are a prefix; one of them overlaps r if it ends after r starts.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < r.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnds[lo - 1] > r.start;
  }
}

/** "138****5678": enough to find the number again, without repeating it in logs and reports. */
export function mask(s: string, keepStart: number, keepEnd: number): string {
  if (s.length <= keepStart + keepEnd) return s;
  return s.slice(0, keepStart) + '*'.repeat(s.length - keepStart - keepEnd) + s.slice(s.length - keepEnd);
}
