import { readCell } from '../text/numbers';
import { TextRange } from '../text/range';
import { ColumnTemplate } from '../templates';
import { Cell, RawCell } from '../model/types';

/** Maps an offset inside a cell's joined text onto the source, through its line segments. */
export function sourceOffset(cell: RawCell, k: number, atEnd = false): number {
  let rest = k;
  for (const seg of cell.segments) {
    const len = seg.end - seg.start;
    if (rest < len || (atEnd && rest === len)) return seg.start + rest;
    rest -= len;
  }
  const last = cell.segments[cell.segments.length - 1];
  return last ? last.end : cell.range.end;
}

export function toCell(raw: RawCell, column: ColumnTemplate | undefined): Cell {
  const reading = readCell(raw.text);
  let valueRange: TextRange | undefined;
  if (reading.valueSpan) {
    valueRange = { start: sourceOffset(raw, reading.valueSpan[0]), end: sourceOffset(raw, reading.valueSpan[1], true) };
  }
  // Built field by field: a spread of differently shaped cells made this the hottest line of a check.
  return { text: raw.text, range: raw.range, segments: raw.segments, reading, value: reading.value, valueRange, column };
}
