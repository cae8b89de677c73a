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

  constructor(readonly text: string) {
    const lines: Line[] = [];
    // A character scan rather than a regular expression: this runs on every keystroke.
    const n = text.length;
    let start = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ number: lines.length, start, end: i, next, text: text.slice(start, i) });
      start = next;
      i = next - 1;
    }
    lines.push({ number: lines.length, start, end: n, next: n, text: text.slice(start) });
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
