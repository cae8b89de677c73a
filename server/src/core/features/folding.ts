import { ReportModel } from '../model/types';
import { TextRange } from '../text/range';

export interface FoldingRegion {
  readonly startLine: number;
  readonly endLine: number;
}

/** The lines of a range without the blank lines at either end (a fold should not swallow spacing). */
function textLines(model: ReportModel, r: TextRange): [number, number] | undefined {
  const lines = model.lines.lines;
  let first = model.lines.positionAt(r.start).line;
  let last = model.lines.positionAt(r.end).line;
  // A range that ends right at a line start does not reach into that line.
  if (last > first && lines[last].start === r.end) last--;
  while (first <= last && lines[first].text.trim() === '') first++;
  while (last >= first && lines[last].text.trim() === '') last--;
  return first < last ? [first, last] : undefined;
}

/** Every part and heading section, every table and the preamble fold; one region per line span. */
export function foldingRanges(model: ReportModel): FoldingRegion[] {
  const seen = new Set<string>();
  const folds: FoldingRegion[] = [];
  const add = (r: TextRange | undefined) => {
    const span = r && textLines(model, r);
    if (!span || seen.has(span.join(':'))) return;
    seen.add(span.join(':'));
    folds.push({ startLine: span[0], endLine: span[1] });
  };
  add(model.preamble);
  for (const h of model.headings) add(h.sectionRange);
  for (const t of model.tables) add(t.range);
  return folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
