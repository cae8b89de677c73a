/** A span of the document in UTF-16 code units, end exclusive. Every range in the core is one of these. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export function range(start: number, end: number): TextRange {
  return { start, end };
}

export function overlaps(a: TextRange, b: TextRange): boolean {
  // Two insertions at the same point conflict too: their order would be ambiguous.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: TextRange, inner: TextRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
