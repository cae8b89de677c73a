import { readCell } from '../text/numbers';
import { TextRange } from '../text/range';
import { ColumnTemplate } from '../templates';
import { Cell, RawCell } from '../model/types';

/** Maps an offset inside a cell's joined text onto the source, through its line segments. */
export function sourceOffset(cell: RawCell, k: number, atEnd = false): number {
  const segments = cell.segments;
  if (!segments) return cell.range.start + Math.min(k, cell.range.end - cell.range.start);
  let rest = k;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const len = seg.end - seg.start;
    if (rest < len || (atEnd && rest === len)) return seg.start + rest;
    rest -= len;
  }
  const last = segments[segments.length - 1];
  return last ? last.end : cell.range.end;
}

export function toCell(raw: RawCell, column: ColumnTemplate | undefined): Cell {
  const reading = readCell(raw.text);
  const span = reading.valueSpan;
  let valueRange: TextRange | undefined;
  if (span) {
    const start = sourceOffset(raw, span[0]);
    const end = sourceOffset(raw, span[1], true);
    // A bare count is the whole cell: its range serves, rather than an equal new one for nearly every cell.
    valueRange = start === raw.range.start && end === raw.range.end ? raw.range : { start, end };
  }
  // Built field by field: a spread of differently shaped cells made this the hottest line of a check.
  return { text: raw.text, range: raw.range, segments: raw.segments, reading, value: reading.value, valueRange, column };
}
