import { fileURLToPath } from 'url';
import { Position } from '../../core/text/line-index';
import { RelatedLocation } from '../../core/rules/types';
import { ResultModel } from '../results';

export interface RelatedPlace {
  /** the other file, when the place is not in the checked file (cross-year checks) */
  readonly file: string | undefined;
  readonly start: Position;
  readonly end: Position;
}

/**
 * Where a related location points, as zero-based lines and UTF-16 columns: in the checked file through its
 * line index, in another file through the position the rule recorded (the other file's model is gone).
 */
export function relatedPlace(model: ResultModel, related: RelatedLocation): RelatedPlace {
  if (related.uri === undefined) return { file: undefined, ...model.lines.rangeToPositions(related.range) };
  const origin = { line: 0, character: 0 };
  const file = related.uri.startsWith('file:') ? fileURLToPath(related.uri) : related.uri;
  return { file, start: related.position?.start ?? origin, end: related.position?.end ?? origin };
}
