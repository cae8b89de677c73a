import { TextRange } from './range';

export interface Position {
  /** zero-based line */
  readonly line: number;
  /** zero-based UTF-16 column, as LSP wants it */
  readonly character: number;
}

export interface Line {
  readonly number: number;
  /** offset of the first character */
  readonly start: number;
  /** offset after the last character, before the line break */
  readonly end: number;
  /** offset after the line break */
  readonly next: number;
  readonly text: string;
}

/**
 * The one place where offsets and line/column positions are converted.
 * Line breaks are LF, CRLF or a lone CR; columns count UTF-16 code units.
 */
export class LineIndex {
  readonly lines: readonly Line[];

  /**
   * `unchanged`: lines of an earlier version of the text known to be the same in this one (same text,
   * offsets and line break), from the first line on; they are kept as they are and the rest is read.
   */
  constructor(
    readonly text: string,
    unchanged: readonly Line[] = [],
  ) {
    const lines: Line[] = unchanged.slice();
    // indexOf finds the next break in native code, several times faster than reading every character
    // with charCodeAt in a loop (this runs on every keystroke). The next LF and the next CR are tracked
    // apart; a document without CR searches for it once.
    let start = lines.length ? lines[lines.length - 1].next : 0;
    let lf = text.indexOf('\n', start);
    let cr = text.indexOf('\r', start);
    while (lf >= 0 || cr >= 0) {
      const end = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      const next = end === cr && lf === cr + 1 ? cr + 2 : end + 1;
      lines.push({ number: lines.length, start, end, next, text: text.slice(start, end) });
      start = next;
      if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    }
    lines.push({ number: lines.length, start, end: text.length, next: text.length, text: text.slice(start) });
    this.lines = lines;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  lineAt(offset: number): Line {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    // An offset inside a CRLF pair belongs to the end of the line.
    return { line: line.number, character: Math.min(clamped, line.end) - line.start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.length) return this.text.length;
    const line = this.lines[position.line];
    return Math.max(line.start, Math.min(line.start + position.character, line.end));
  }

  rangeToPositions(r: TextRange): { start: Position; end: Position } {
    return { start: this.positionAt(r.start), end: this.positionAt(r.end) };
  }
}
