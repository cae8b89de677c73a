import { forgetReading } from '../tables/cells';
import { TableRegion, UnchangedRegions } from '../tables/table-regions';
import { Line } from '../text/line-index';
import { isBlank } from '../text/normalize';
import { ReportModel } from './types';

/**
 * What a new version of a document can keep of the previous version's parse: the lines before the first
 * change and the tables read from them. On a large document every keystroke otherwise builds tens of MB of
 * line and cell objects again, and the GC copies each of them; kept objects are already old and cost it
 * nothing. The rest of the parse (headings, kinds, the tables' interpretation) is done again as usual.
 */
export interface UnchangedParse {
  readonly lines: readonly Line[];
  readonly regions: UnchangedRegions;
}

/** Below this, a document is parsed afresh: there is little to keep, and nothing to gain. */
const MIN_LENGTH = 64 * 1024;
const CHUNK = 1024;

/** The length of the longest common prefix of two texts, compared a chunk at a time in native code. */
export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The last line a region's reading looked at: the line after it, or for a Word table the first non-blank one. */
function lastLineRead(region: TableRegion, lines: readonly Line[]): number {
  let n = region.lastLine + 1;
  // A Word table reads on over blank lines (a cell may go on after one) up to the line that ends it.
  if (region.layout === 'word') while (n < lines.length && isBlank(lines[n].text)) n++;
  return n;
}

/**
 * The part of `previous`'s parse that holds for `text`, or undefined when nothing worth keeping does. A
 * line is kept when it ends, break included, before the first changed character and before the character
 * ahead of it (a CR whose next character becomes an LF turns into a CRLF); a table when every line its
 * reading looked at is kept. The scan for tables goes on after the last table kept.
 */
export function unchangedParse(previous: ReportModel, text: string): UnchangedParse | undefined {
  if (text.length < MIN_LENGTH || previous.text.length < MIN_LENGTH) return undefined;
  const changedAt = commonPrefixLength(previous.text, text);
  if (changedAt === 0) return undefined;
  const old = previous.lines.lines;
  const keptLines = previous.lines.lineAt(changedAt - 1).number;
  const regions: TableRegion[] = [];
  for (const region of previous.regions) {
    if (lastLineRead(region, old) >= keptLines) break;
    regions.push(region);
  }
  for (const region of regions) for (const row of region.rows) for (const cell of row.cells) forgetReading(cell);
  const resumeLine = regions.length ? regions[regions.length - 1].lastLine + 1 : 0;
  return { lines: old.slice(0, keptLines), regions: { regions, resumeLine } };
}
