// Full check (parse + every rule) of each corpus report against a bare line split of the same text,
// measured in one run so that the ratio, not the machine, is what we compare. Run from an esbuild bundle
// (node bench/run.mjs check-ratio), as the shipped server is. Times are elapsed time, the best of several
// rounds so that other work on the machine disturbs them less; not process CPU time, which also counts
// V8's concurrent marking and compiler threads and so charges the check for work that never delays it.
import { performance } from 'perf_hooks';
import { lint } from '../../server/src/core/lint';
import { corpusFiles, corpusText } from '../../test/helpers/corpus';
import { table } from './stats';

export const TARGET_RATIO = 20;


/** Calls `fn` for at least `minMs` and returns the milliseconds per call. */
function round(fn: () => unknown, minMs: number): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (let i = 0; i < 5; i++) fn();
    n += 5;
    now = performance.now();
  }
  return (now - start) / n;
}

/**
 * Milliseconds per call of each function: the best of `rounds` rounds of at least `minMs` each. The
 * rounds of the functions alternate, so that a slower or faster spell of the machine (its speed drifts by
 * up to 2× here) falls on both sides of the ratio rather than on one.
 */
function timeTogether(fns: readonly (() => unknown)[], minMs = 150, rounds = 7): number[] {
  // A second of calls first: V8 optimises the checker's many functions over hundreds of calls, and the
  // figure is about the steady state an editor reaches after a few keystrokes, not the first call.
  for (const fn of fns) round(fn, 1000);
  const best = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) fns.forEach((fn, i) => (best[i] = Math.min(best[i], round(fn, minMs))));
  return best;
}

export interface RatioRow {
  readonly name: string;
  readonly kb: number;
  readonly splitUs: number;
  readonly checkUs: number;
  readonly ratio: number;
}

export function measureRatios(): RatioRow[] {
  return corpusFiles().map((name) => {
    const text = corpusText(name);
    const [split, check] = timeTogether([() => text.split(/\r\n|\r|\n/), () => lint(text)]);
    return { name, kb: Buffer.byteLength(text) / 1024, splitUs: split * 1000, checkUs: check * 1000, ratio: check / split };
  });
}

export function ratioTable(rows: readonly RatioRow[]): string {
  return table(
    ['document', 'size', 'line split', 'full check', 'ratio'],
    rows.map((r) => [r.name, `${r.kb.toFixed(1)} KB`, `${r.splitUs.toFixed(1)} µs`, `${r.checkUs.toFixed(0)} µs`, `${r.ratio.toFixed(1)}×`]),
  );
}

