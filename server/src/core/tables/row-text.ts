import { joinedLabelKey, labelKey } from '../text/normalize';
import { RawCell, RawRow } from '../model/types';

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Only ASCII digits, or nothing: a count cell (or an empty one). */
export function isCountText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The offset after a row's last cell that is not a count (0 when all are). The words that tell a table's
 * kind, format, header rows and 表二 sections are matched on a row's text; each of their matches begins and
 * ends with a character that is not a digit, so the counts after the last other cell cannot take part in
 * one, and the text need not include them (tests pin this for every pattern that relies on it).
 */
export function wordsEnd(cells: readonly RawCell[]): number {
  let end = cells.length;
  while (end > 0 && isCountText(cells[end - 1].text)) end--;
  return end;
}

/**
 * What the kind and format patterns read of a row: `labelKey` of its cells joined by spaces, without the
 * count cells before its first other cell and after its last (see `wordsEnd`; for the same reason the
 * counts before the first other cell do not matter either). Most rows are a label and its counts: their
 * text is the key of the label, usually the label itself, and nothing is built.
 */
export function rowText(row: RawRow): string {
  const cells = row.cells;
  const end = wordsEnd(cells);
  let start = 0;
  while (start < end && isCountText(cells[start].text)) start++;
  if (start === end) return '';
  return end - start === 1 ? labelKey(cells[start].text) : joinedLabelKey(cells, start, end);
}

/**
 * The texts of a block's rows, read in order as they are asked for and kept for the length of one parse:
 * the kind of a table and then the format of the first 表二 and 表三 read the same rows, from the first.
 * Kept by position rather than in a map keyed by row, which cost as much as reading the texts.
 */
export class RowTexts {
  private readonly texts: string[] = [];

  constructor(readonly rows: readonly RawRow[]) {}

  get length(): number {
    return this.rows.length;
  }

  /** The text of row `i`, and of every row before it that was not read yet. */
  at(i: number): string {
    while (this.texts.length <= i) this.texts.push(rowText(this.rows[this.texts.length]));
    return this.texts[i];
  }
}
