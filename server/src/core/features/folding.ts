import { ReportModel } from '../model/types';
import { TextRange } from '../text/range';

export interface FoldingRegion {
  readonly startLine: number;
  readonly endLine: number;
}

/** Every heading's section and every table fold. */
export function foldingRanges(model: ReportModel): FoldingRegion[] {
  const folds: FoldingRegion[] = [];
  const add = (r: TextRange) => {
    const startLine = model.lines.positionAt(r.start).line;
    const endLine = model.lines.positionAt(r.end).line;
    if (endLine > startLine) folds.push({ startLine, endLine });
  };
  for (const h of model.headings) add(h.sectionRange);
  for (const t of model.tables) add(t.range);
  return folds;
}
