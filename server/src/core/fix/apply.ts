import { Finding, TextEdit } from '../rules/types';
import { overlaps } from '../text/range';

/** Applies edits that do not overlap; later edits first so offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

/**
 * The fixes of one pass: every finding's fix whose edits overlap no edit already taken
 * (in document order). Two findings proposing the same edit share it.
 */
export function selectFixEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const fresh = f.fix.edits.filter(
      (e) => !taken.some((t) => t.range.start === e.range.start && t.range.end === e.range.end && t.newText === e.newText),
    );
    if (fresh.some((e) => taken.some((t) => overlaps(t.range, e.range)))) continue;
    taken.push(...fresh);
  }
  return taken;
}

export interface FixAllResult {
  readonly text: string;
  readonly passes: number;
  readonly edits: number;
  /** false when the pass limit was reached with fixes still offered */
  readonly converged: boolean;
}

/** Fix-all: repeat "check, apply the non-overlapping fixes" until no fix is offered (bounded). */
export function fixAll(text: string, check: (text: string) => readonly Finding[], maxPasses = 10): FixAllResult {
  let current = text;
  let total = 0;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const edits = selectFixEdits(check(current));
    if (edits.length === 0) return { text: current, passes: pass - 1, edits: total, converged: true };
    const next = applyEdits(current, edits);
    total += edits.length;
    if (next === current) return { text: current, passes: pass, edits: total, converged: true };
    current = next;
  }
  return { text: current, passes: maxPasses, edits: total, converged: selectFixEdits(check(current)).length === 0 };
}
