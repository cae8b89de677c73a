import { compact } from '../model/compact';
import { Line, LineIndex } from '../text/line-index';
import { isBlank, skipSpaceBackward, skipSpaceForward } from '../text/normalize';
import { TextRange } from '../text/range';
import { looksLikeHeading } from '../model/heading-syntax';
import { RawCell, RawRow, TableLayout } from '../model/types';
import { rawCell } from './cells';

export interface TableRegion {
  readonly layout: TableLayout;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly range: TextRange;
  readonly rows: readonly RawRow[];
}

/**
 * A Word table pasted as text: one cell per line, each line a TAB then the cell text (domain §8.1). Cell
 * lines are short: a loop over their codes costs less than a call to indexOf.
 */
export function isWordCellLine(text: string): boolean {
  if (text.charCodeAt(0) !== 9) return false;
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) === 9) return false;
  return true;
}

/** A row pasted from a spreadsheet: cells separated by TABs. */
export function isTsvLine(text: string): boolean {
  const first = text.indexOf('\t');
  if (first < 0) return false;
  return first > 0 || text.indexOf('\t', 1) > 0;
}

const PIPE = 0x7c;

/** A Markdown pipe-table row, or a scraped row that lost its leading pipe (domain §8.4a–b). */
export function isPipeLine(text: string): boolean {
  // Every line of the document is asked; nearly all have no pipe at all.
  const firstPipe = text.indexOf('|');
  if (firstPipe < 0) return false;
  const end = skipSpaceBackward(text, 0, text.length);
  if (text.charCodeAt(end - 1) !== PIPE) return false;
  const start = skipSpaceForward(text, 0, end);
  if (text.charCodeAt(start) === PIPE) return end - start > 1;
  // Two pipes at least: one before the closing one.
  return firstPipe < end - 1;
}

/**
 * The row under a Markdown header: `| --- | :---: |`, cells of two or more dashes with optional colons,
 * with or without the outer pipes. Read by a scan rather than a regular expression: the expression
 * retried its runs of white space at every split and was quadratic on long lines of spaces.
 */
export function isAlignmentRow(text: string): boolean {
  const n = text.length;
  let i = skipSpaceForward(text, 0, n);
  if (text.charCodeAt(i) === PIPE) i++;
  for (;;) {
    i = skipSpaceForward(text, i, n);
    if (text.charCodeAt(i) === 0x3a) i++;
    const dashes = i;
    while (text.charCodeAt(i) === 0x2d) i++;
    if (i - dashes < 2) return false;
    if (text.charCodeAt(i) === 0x3a) i++;
    i = skipSpaceForward(text, i, n);
    if (i === n) return true;
    if (text.charCodeAt(i) !== PIPE) return false;
    i = skipSpaceForward(text, i + 1, n);
    if (i === n) return true;
  }
}

function splitRow(line: Line, separator: '|' | '\t'): RawRow {
  const text = line.text;
  const cells: RawCell[] = [];
  let from = 0;
  let to = text.length;
  if (separator === '|') {
    const lead = text.indexOf('|');
    if (skipSpaceForward(text, 0, lead) === lead) from = lead + 1;
    to = text.lastIndexOf('|');
  }
  let i = from;
  while (i <= to) {
    let j = text.indexOf(separator, i);
    if (j < 0 || j > to) j = to;
    const a = skipSpaceForward(text, i, j);
    const b = skipSpaceBackward(text, a, j);
    const range = { start: line.start + a, end: line.start + b };
    cells.push(rawCell(text.slice(a, b), range, undefined));
    i = j + 1;
    if (j === to) break;
  }
  return { cells: compact(cells), range: { start: line.start, end: line.end } };
}

/** A cell of a Word table once its last piece is read: its text and its source pieces (`more` after the first). */
function wordCell(text: string, first: TextRange, more: TextRange[] | undefined): RawCell {
  if (!more) return rawCell(text, first, undefined);
  return rawCell(text, { start: first.start, end: more[more.length - 1].end }, [first, ...more]);
}

/** A row of the first `length` cells gathered in `cells`, in an array of exactly their number. */
function wordRow(cells: readonly RawCell[], length: number, start: number): RawRow {
  return { cells: cells.slice(0, length), range: { start, end: cells[length - 1].range.end } };
}

/**
 * The Word layout (domain §8.2): rows are separated by blank lines followed by a TAB line; a text line
 * that is not a heading continues the open cell (wrapped text), even after blank lines inside the cell.
 * The state of the open cell and row lives in locals of the one loop, closed inline: closures that closed
 * them kept every variable of the loop in a heap context, read and written through it for every line.
 */
function readWordRegion(lines: readonly Line[], first: number): { region: TableRegion; next: number } {
  const rows: RawRow[] = [];
  // The cells of the open row, gathered in one array for the whole region: a row keeps a copy of exactly
  // its cells, where an array per row grown by push kept room for sixteen.
  const row: RawCell[] = [];
  let rowLength = 0;
  // The open cell: its text so far (undefined when no cell is open) and its source pieces, the first
  // apart (nearly every cell has only that one, and then needs no array).
  let openText: string | undefined;
  let openFirst: TextRange = { start: 0, end: 0 };
  let openMore: TextRange[] | undefined;
  let blankSinceCell = false;
  let rowStart = lines[first].start;
  let last = first;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (isWordCellLine(t)) {
      if (openText !== undefined) row[rowLength++] = wordCell(openText, openFirst, openMore);
      // A TAB line after a blank line opens a new row.
      if (blankSinceCell && rowLength) {
        rows.push(wordRow(row, rowLength, rowStart));
        rowLength = 0;
      }
      if (rowLength === 0) rowStart = line.start;
      const a = skipSpaceForward(t, 1, t.length);
      const b = skipSpaceBackward(t, a, t.length);
      // An empty cell keeps an empty range just after its TAB so that edits can insert there.
      const at = a === b ? line.start + 1 : line.start + a;
      openFirst = { start: at, end: a === b ? at : line.start + b };
      openMore = undefined;
      openText = t.slice(a, b);
      blankSinceCell = false;
      last = i;
      continue;
    }
    if (isBlank(t)) {
      blankSinceCell = true;
      continue;
    }
    if (openText === undefined || isTsvLine(t) || isPipeLine(t) || !isContinuation(t, blankSinceCell) || looksLikeHeading(t)) break;
    const a = skipSpaceForward(t, 0, t.length);
    const b = skipSpaceBackward(t, a, t.length);
    const piece = { start: line.start + a, end: line.start + b };
    // An empty cell's placeholder range gives way to its first real piece.
    if (openText === '') [openFirst, openMore] = [piece, undefined];
    else (openMore ??= []).push(piece);
    openText += t.slice(a, b);
    blankSinceCell = false;
    last = i;
  }
  if (openText !== undefined) row[rowLength++] = wordCell(openText, openFirst, openMore);
  if (rowLength) rows.push(wordRow(row, rowLength, rowStart));
  const start = lines[first].start;
  return { region: { layout: 'word', firstLine: first, lastLine: last, range: { start, end: lines[last].end }, rows }, next: last + 1 };
}

const FULL_STOPS = new Set([0x3002, 0xff01, 0xff1f]); // 。！？

/** Wrapped cell text is short and never a full sentence; prose after a table is. */
function isContinuation(text: string, afterBlank: boolean): boolean {
  const end = skipSpaceBackward(text, 0, text.length);
  const length = end - skipSpaceForward(text, 0, end);
  if (length > 0 && FULL_STOPS.has(text.charCodeAt(end - 1))) return false;
  return afterBlank ? length <= 12 : length <= 80;
}

function readLineRegion(lines: readonly Line[], first: number, layout: 'markdown' | 'tsv'): { region: TableRegion; next: number } {
  const rows: RawRow[] = [];
  const test = layout === 'markdown' ? isPipeLine : isTsvLine;
  let i = first;
  for (; i < lines.length && test(lines[i].text); i++) {
    if (layout === 'markdown' && isAlignmentRow(lines[i].text)) continue;
    rows.push(splitRow(lines[i], layout === 'markdown' ? '|' : '\t'));
  }
  const last = i - 1;
  return {
    region: { layout, firstLine: first, lastLine: last, range: { start: lines[first].start, end: lines[last].end }, rows },
    next: i,
  };
}

/** Regions of an earlier version known to be read the same, and the line to go on reading from. */
export interface UnchangedRegions {
  readonly regions: readonly TableRegion[];
  readonly resumeLine: number;
}

/**
 * The next offset of a character in a text from some offset on, found once per occurrence: asking each
 * line whether it holds the character searched every prose line to its end, and most lines hold none.
 */
class NextOf {
  private at: number;

  constructor(
    private readonly text: string,
    private readonly char: string,
    from: number,
  ) {
    this.at = text.indexOf(char, from);
  }

  /** Whether the text holds the character in [start, end); asked for increasing starts. */
  within(start: number, end: number): boolean {
    if (this.at >= 0 && this.at < start) this.at = this.text.indexOf(this.char, start);
    return this.at >= 0 && this.at < end;
  }
}

/** The table that starts at line `i`, if one does, and the line after it. */
export function regionAt(lines: readonly Line[], i: number): { region: TableRegion; next: number } | undefined {
  const t = lines[i].text;
  if (isWordCellLine(t)) return readWordRegion(lines, i);
  if (isTsvLine(t)) return readLineRegion(lines, i, 'tsv');
  if (isPipeLine(t) && !isAlignmentRow(t)) return readLineRegion(lines, i, 'markdown');
  return undefined;
}

/** Finds every table in the document, in any of the three layouts. */
export function findTableRegions(index: LineIndex, unchanged?: UnchangedRegions): TableRegion[] {
  const lines = index.lines;
  const regions: TableRegion[] = unchanged ? unchanged.regions.slice() : [];
  let i = unchanged ? unchanged.resumeLine : 0;
  // Every table line holds a TAB (Word, TSV) or a pipe (Markdown): lines without either are passed over.
  const from = i < lines.length ? lines[i].start : index.text.length;
  const tabs = new NextOf(index.text, '\t', from);
  const pipes = new NextOf(index.text, '|', from);
  while (i < lines.length) {
    const { start, end } = lines[i];
    const found = tabs.within(start, end) || pipes.within(start, end) ? regionAt(lines, i) : undefined;
    if (found) {
      regions.push(found.region);
      i = Math.max(found.next, i + 1);
    } else i++;
  }
  return regions;
}
