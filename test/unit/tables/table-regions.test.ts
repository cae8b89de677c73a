import { strict as assert } from 'assert';
import fc from 'fast-check';
import { rawCell } from '../../../server/src/core/tables/cells';
import { findTableRegions, isPipeLine, isTsvLine, isWordCellLine, regionAt, TableRegion } from '../../../server/src/core/tables/table-regions';
import { looksLikeHeading } from '../../../server/src/core/model/heading-syntax';
import { RawCell, RawRow } from '../../../server/src/core/model/types';
import { isBlank } from '../../../server/src/core/text/normalize';
import { Line, LineIndex } from '../../../server/src/core/text/line-index';
import { TextRange } from '../../../server/src/core/text/range';
import { ANNUAL_REPORTS, corpusText } from '../../helpers/corpus';
import { fcParams, reportishText } from '../robustness/arbitraries';

// findTableRegions passes over the lines that hold neither a TAB nor a pipe, and reads a Word table in one
// loop without closures: checked against asking every line, with the Word reader written plainly.

/** Wrapped cell text is short and never a full sentence (the reader's rule, by `trim`). */
function isContinuation(text: string, afterBlank: boolean): boolean {
  const trimmed = text.trim();
  if (/[。！？]$/.test(trimmed)) return false;
  return trimmed.length <= (afterBlank ? 12 : 80);
}

function referenceWordRegion(lines: readonly Line[], first: number): { region: TableRegion; next: number } {
  const rows: RawRow[] = [];
  let row: RawCell[] = [];
  let open: { text: string; pieces: TextRange[] } | undefined;
  let blankSinceCell = false;
  let rowStart = lines[first].start;
  let last = first;
  const closeCell = () => {
    if (!open) return;
    const { text, pieces } = open;
    const range = pieces.length === 1 ? pieces[0] : { start: pieces[0].start, end: pieces[pieces.length - 1].end };
    row.push(rawCell(text, range, pieces.length === 1 ? undefined : pieces));
    open = undefined;
  };
  const closeRow = () => {
    closeCell();
    if (row.length) rows.push({ cells: row, range: { start: rowStart, end: row[row.length - 1].range.end } });
    row = [];
  };
  for (let i = first; i < lines.length; i++) {
    const { text: t, start } = lines[i];
    if (isWordCellLine(t)) {
      if (blankSinceCell) closeRow();
      closeCell();
      if (row.length === 0) rowStart = start;
      const text = t.slice(1).trim();
      const a = t.length - t.slice(1).trimStart().length;
      // An empty cell keeps an empty range just after its TAB.
      open = { text, pieces: [text === '' ? { start: start + 1, end: start + 1 } : { start: start + a, end: start + a + text.length }] };
      blankSinceCell = false;
      last = i;
    } else if (isBlank(t)) {
      blankSinceCell = true;
    } else {
      if (!open || isTsvLine(t) || isPipeLine(t) || !isContinuation(t, blankSinceCell) || looksLikeHeading(t)) break;
      const text = t.trim();
      const a = t.length - t.trimStart().length;
      const piece = { start: start + a, end: start + a + text.length };
      if (open.text === '') open.pieces = [piece];
      else open.pieces.push(piece);
      open.text += text;
      blankSinceCell = false;
      last = i;
    }
  }
  closeRow();
  const range = { start: lines[first].start, end: lines[last].end };
  return { region: { layout: 'word', firstLine: first, lastLine: last, range, rows }, next: last + 1 };
}

/** Every line asked whether a table starts there. */
function referenceRegions(index: LineIndex): TableRegion[] {
  const lines = index.lines;
  const regions: TableRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    const found = isWordCellLine(lines[i].text) ? referenceWordRegion(lines, i) : regionAt(lines, i);
    if (found) {
      regions.push(found.region);
      i = Math.max(found.next, i + 1);
    } else i++;
  }
  return regions;
}

/** Lines of table-like pieces: cells, wrapped text, pipes, TSV rows, headings, blanks and prose. */
const tableish = fc
  .array(
    fc.oneof(
      fc.constantFrom('\t', '\t12', '\t0', '\t  ', '\t（一）予以公开', '\t本年新收', 'a\tb', '\ta\tb', '| a | b |', '| --- | --- |', 'a | b |', '|'),
      fc.constantFrom('', ' ', '\u3000', '公开数量', '续行', '一、总体情况', '（二）', '1.属于', '这是一句完整的话。', '很长的一段文字'.repeat(3)),
      fc.string({ unit: fc.constantFrom('\t', '|', ' ', '-', ':', '字', '1', '。'), maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .chain((lines) => fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n'), { minLength: lines.length, maxLength: lines.length }).map((breaks) => lines.map((l, k) => l + breaks[k]).join('')));

describe('findTableRegions', () => {
  it('agrees with asking every line, on table-like and report-like text', () => {
    fc.assert(
      fc.property(fc.oneof(tableish, reportishText), (text) => {
        const index = new LineIndex(text);
        assert.deepEqual(findTableRegions(index), referenceRegions(index));
      }),
      fcParams(3000),
    );
  });

  it('agrees on the corpus reports, whole and cut at random lines', () => {
    for (const name of ANNUAL_REPORTS) {
      const index = new LineIndex(corpusText(name));
      const regions = findTableRegions(index);
      assert.ok(regions.length >= 3, `${name}: ${regions.length} tables`);
      assert.deepEqual(regions, referenceRegions(index));
    }
    const reports = fc.constantFrom(...ANNUAL_REPORTS.map((n) => corpusText(n).split('\n')));
    fc.assert(
      fc.property(reports, fc.nat(), fc.nat(), (lines, a, b) => {
        const [from, to] = [a % lines.length, b % lines.length].sort((x, y) => x - y);
        const index = new LineIndex(lines.slice(from, to + 1).join('\n'));
        assert.deepEqual(findTableRegions(index), referenceRegions(index));
      }),
      fcParams(200),
    );
  });
});
