import { applyEdits, selectFixEdits } from '../fix/apply';
import { lint, LintOptions } from '../lint';
import { Finding, TextEdit } from '../rules/types';

/**
 * Fix-all as minimal edits on the original text (for `source.fixAll`): editors keep the cursor and
 * undo granularity only when they get small edits, never a whole-document replacement. Each pass's
 * edits are applied to a piece table over the original, so the edits that come out are exactly the
 * spans the passes changed, expressed in the original's offsets.
 */
export interface FixAllEdits {
  /** non-overlapping edits on the original text, in document order */
  readonly edits: readonly TextEdit[];
  /** the fixed text (= applyEdits(original, edits)) */
  readonly text: string;
  readonly passes: number;
  /** false when the pass limit was reached with fixes still offered */
  readonly converged: boolean;
}

/** A run of the current text: a span of the original, or text some fix inserted. */
type Piece = { readonly start: number; readonly end: number; readonly text?: undefined } | { readonly text: string };

const size = (p: Piece) => (p.text !== undefined ? p.text.length : p.end - p.start);

function part(p: Piece, from: number, to: number): Piece {
  return p.text !== undefined ? { text: p.text.slice(from, to) } : { start: p.start + from, end: p.start + to };
}

/** The pieces of the text after `edits` (sorted, non-overlapping, on the current text) are applied. */
function applyToPieces(pieces: readonly Piece[], edits: readonly TextEdit[]): Piece[] {
  const out: Piece[] = [];
  let k = 0;
  let inside = 0;
  let pos = 0;
  const advance = (target: number, keep: boolean) => {
    while (pos < target && k < pieces.length) {
      const p = pieces[k];
      const take = Math.min(size(p) - inside, target - pos);
      if (keep && take > 0) out.push(part(p, inside, inside + take));
      inside += take;
      pos += take;
      if (inside === size(p)) {
        k++;
        inside = 0;
      }
    }
  };
  for (const e of [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end)) {
    advance(e.range.start, true);
    advance(e.range.end, false);
    if (e.newText) out.push({ text: e.newText });
  }
  advance(Infinity, true);
  return out;
}

/** Turns pieces back into edits on the original; each edit trimmed to what really differs. */
function toEdits(original: string, pieces: readonly Piece[]): TextEdit[] {
  const raw: TextEdit[] = [];
  let cursor = 0;
  let inserted = '';
  const flush = (until: number) => {
    if (until !== cursor || inserted) raw.push({ range: { start: cursor, end: until }, newText: inserted });
    inserted = '';
  };
  for (const p of pieces) {
    if (p.text !== undefined) inserted += p.text;
    else {
      flush(p.start);
      cursor = p.end;
    }
  }
  flush(original.length);
  const edits: TextEdit[] = [];
  for (const e of raw) {
    const old = original.slice(e.range.start, e.range.end);
    let head = 0;
    while (head < old.length && head < e.newText.length && old[head] === e.newText[head]) head++;
    let tail = 0;
    while (tail < old.length - head && tail < e.newText.length - head && old[old.length - 1 - tail] === e.newText[e.newText.length - 1 - tail]) tail++;
    if (head === old.length && head === e.newText.length) continue;
    edits.push({ range: { start: e.range.start + head, end: e.range.end - tail }, newText: e.newText.slice(head, e.newText.length - tail) });
  }
  return edits;
}

/** Repeats "check, apply the non-overlapping fixes" until none is offered (bounded), like fixAll. */
export function fixAllEditsWith(text: string, check: (text: string) => readonly Finding[], maxPasses = 10): FixAllEdits {
  let current = text;
  let pieces: Piece[] = [{ start: 0, end: text.length }];
  let passes = 0;
  let converged = false;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const edits = selectFixEdits(check(current));
    if (edits.length === 0) {
      converged = true;
      break;
    }
    const next = applyEdits(current, edits);
    passes = pass;
    if (next === current) {
      converged = true;
      break;
    }
    pieces = applyToPieces(pieces, edits);
    current = next;
  }
  if (!converged) converged = selectFixEdits(check(current)).length === 0;
  return { edits: toEdits(text, pieces), text: current, passes, converged };
}

/** Fix-all of one document with the given lint options (settings: rules turned off stay unfixed). */
export function fixAllEdits(text: string, options: LintOptions = {}, maxPasses = 10): FixAllEdits {
  return fixAllEditsWith(text, (t) => lint(t, options).findings, maxPasses);
}
