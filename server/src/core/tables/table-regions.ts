import { Line } from '../text/line-index';
import { isBlank } from '../text/normalize';
import { TextRange } from '../text/range';
import { looksLikeHeading } from '../model/heading-syntax';
import { RawCell, RawRow, TableLayout } from '../model/types';

export interface TableRegion {
  readonly layout: TableLayout;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly range: TextRange;
  readonly rows: readonly RawRow[];
}

/** A Word table pasted as text: one cell per line, each line a TAB then the cell text (domain §8.1). */
export function isWordCellLine(text: string): boolean {
  return text.charCodeAt(0) === 9 && text.indexOf('\t', 1) < 0;
}

/** A row pasted from a spreadsheet: cells separated by TABs. */
export function isTsvLine(text: string): boolean {
  const first = text.indexOf('\t');
  if (first < 0) return false;
  return first > 0 || text.indexOf('\t', 1) > 0;
}

/** A Markdown pipe-table row, or a scraped row that lost its leading pipe (domain §8.4a–b). */
export function isPipeLine(text: string): boolean {
  const t = text.trim();
  if (!t.endsWith('|')) return false;
  if (t.startsWith('|')) return t.length > 1;
  return (t.match(/\|/g) ?? []).length >= 2;
}

function isAlignmentRow(text: string): boolean {
  return /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(text);
}

function cell(text: string, start: number, end: number): RawCell {
  return { text, range: { start, end }, segments: [{ start, end }] };
}

/** Trims white space (with NBSP) off a cell span and returns the cell. */
function trimmedCell(lineText: string, lineStart: number, from: number, to: number): RawCell {
  let a = from;
  let b = to;
  while (a < b && /[\s\u00a0\u3000]/.test(lineText[a])) a++;
  while (b > a && /[\s\u00a0\u3000]/.test(lineText[b - 1])) b--;
  return cell(lineText.slice(a, b), lineStart + a, lineStart + b);
}

function splitRow(line: Line, separator: '|' | '\t'): RawRow {
  const text = line.text;
  const cells: RawCell[] = [];
  let from = 0;
  let to = text.length;
  if (separator === '|') {
    const lead = text.indexOf('|');
    if (text.slice(0, lead).trim() === '') from = lead + 1;
    to = text.lastIndexOf('|');
  }
  let i = from;
  while (i <= to) {
    let j = text.indexOf(separator, i);
    if (j < 0 || j > to) j = to;
    cells.push(trimmedCell(text, line.start, i, j));
    i = j + 1;
    if (j === to) break;
  }
  return { cells, range: { start: line.start, end: line.end } };
}

/**
 * The Word layout (domain §8.2): rows are separated by blank lines followed by a TAB line; a text line
 * that is not a heading continues the open cell (wrapped text), even after blank lines inside the cell.
 */
function readWordRegion(lines: readonly Line[], first: number): { region: TableRegion; next: number } {
  const rows: RawRow[] = [];
  let row: RawCell[] = [];
  let open: { segments: TextRange[]; text: string } | undefined;
  let blankSinceCell = false;
  let rowStart = lines[first].start;
  let last = first;
  const closeCell = () => {
    if (!open) return;
    const segs = open.segments;
    row.push({ text: open.text, range: { start: segs[0].start, end: segs[segs.length - 1].end }, segments: segs });
    open = undefined;
  };
  const closeRow = () => {
    closeCell();
    if (row.length) rows.push({ cells: row, range: { start: rowStart, end: row[row.length - 1].range.end } });
    row = [];
  };
  let i = first;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (isWordCellLine(t)) {
      if (blankSinceCell) closeRow();
      closeCell();
      if (row.length === 0) rowStart = line.start;
      const c = trimmedCell(t, line.start, 1, t.length);
      // An empty cell keeps an empty range just after its TAB so that edits can insert there.
      const seg = c.text === '' ? { start: line.start + 1, end: line.start + 1 } : c.range;
      open = { segments: [seg], text: c.text };
      blankSinceCell = false;
      last = i;
      continue;
    }
    if (isBlank(t)) {
      blankSinceCell = true;
      continue;
    }
    if (isTsvLine(t) || isPipeLine(t) || looksLikeHeading(t) || !isContinuation(t, blankSinceCell) || !open) break;
    const c = trimmedCell(t, line.start, 0, t.length);
    if (open.text === '') open.segments = [];
    open.segments.push(c.range);
    open.text += c.text;
    blankSinceCell = false;
    last = i;
  }
  closeRow();
  const start = lines[first].start;
  return { region: { layout: 'word', firstLine: first, lastLine: last, range: { start, end: lines[last].end }, rows }, next: last + 1 };
}

/** Wrapped cell text is short and never a full sentence; prose after a table is. */
function isContinuation(text: string, afterBlank: boolean): boolean {
  const t = text.trim();
  if (/[。！？]$/.test(t)) return false;
  return afterBlank ? t.length <= 12 : t.length <= 80;
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

/** Finds every table in the document, in any of the three layouts. */
export function findTableRegions(lines: readonly Line[]): TableRegion[] {
  const regions: TableRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    const t = lines[i].text;
    let found: { region: TableRegion; next: number } | undefined;
    if (isWordCellLine(t)) found = readWordRegion(lines, i);
    else if (isTsvLine(t)) found = readLineRegion(lines, i, 'tsv');
    else if (isPipeLine(t) && !isAlignmentRow(t)) found = readLineRegion(lines, i, 'markdown');
    if (found) {
      regions.push(found.region);
      i = Math.max(found.next, i + 1);
    } else i++;
  }
  return regions;
}
