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

type CellFields = { -readonly [K in keyof Cell]: Cell[K] | undefined };

/**
 * A cell as the table reader finds it, made with every field of a `Cell` (unset until its table is
 * interpreted): `toCell` then fills it in place. Two objects per value cell (a raw one and its reading)
 * were a sixth of a large document's model, and every byte of it is copied by the GC while it is built.
 */
export function rawCell(text: string, range: TextRange, segments: readonly TextRange[] | undefined): RawCell {
  const cell: CellFields = { text, range, segments, reading: undefined, value: undefined, valueRange: undefined, column: undefined };
  return cell as RawCell;
}

/**
 * Clears what an interpretation filled in, for a cell read again by the next version's parse: a cell that
 * was a value may be a label under another reading of its row.
 */
export function forgetReading(raw: RawCell): void {
  const cell = raw as CellFields;
  cell.reading = cell.value = cell.valueRange = cell.column = undefined;
}

/** Reads a cell against its column: fills in the fields `rawCell` left unset, once per reading of the cell. */
export function toCell(raw: RawCell, column: ColumnTemplate | undefined): Cell {
  const cell = raw as CellFields;
  const reading = readCell(raw.text);
  cell.reading = reading;
  cell.value = reading.value;
  cell.valueRange = reading.valueSpan && valueRange(raw, reading.valueSpan);
  cell.column = column;
  return cell as Cell;
}

/** The source range of the characters [span) of a cell's text. */
function valueRange(raw: RawCell, span: readonly [number, number]): TextRange {
  const range = raw.range;
  // A bare count is the whole cell: its range serves, rather than an equal new one for nearly every cell.
  // A cell of one piece maps its text onto its range one to one, so that is told without mapping offsets.
  if (!raw.segments && span[0] === 0 && span[1] === range.end - range.start) return range;
  const start = sourceOffset(raw, span[0]);
  const end = sourceOffset(raw, span[1], true);
  return start === range.start && end === range.end ? range : { start, end };
}
