// Where the time of one full check goes: the parse, then each rule in the order the engine runs them,
// on fresh models, so that the parts add up to the check. A shared analysis (sentences, mentions, cues,
// identities) is charged to the first rule that asks for it, as it is in a real check.
// Each part's allocation is shown too: allocating an object costs about as much as ten character reads
// here, and a check allocates a few hundred kilobytes.
// node bench/run.mjs rule-costs [report-name-substring]
import { performance } from 'perf_hooks';
import { parseReport } from '../server/src/core/model/build';
import { runRules } from '../server/src/core/rules/engine';
import { RULES } from '../server/src/core/rules';
import { corpusFiles, corpusText } from '../test/helpers/corpus';
import { table } from './lib/stats';

/** Microseconds per call of `fn`: the best of three rounds of at least `minMs`, after `warmMs` of calls. */
function usPerCall(fn: () => unknown, warmMs = 300, minMs = 100): number {
  const warm = performance.now();
  while (performance.now() - warm < warmMs) fn();
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < minMs) (fn(), n++);
    best = Math.min(best, ((performance.now() - start) * 1000) / n);
  }
  return best;
}

/** Per part (the parse, then each rule), microseconds per check over `rounds` checks on fresh models, after a warm-up. */
function partCosts(text: string, rounds = 3000): Map<string, number> {
  const total = new Map<string, number>();
  for (let i = -1000; i < rounds; i++) {
    const t0 = performance.now();
    const model = parseReport(text);
    const parsed = performance.now();
    if (i >= 0) total.set('(parse)', (total.get('(parse)') ?? 0) + parsed - t0);
    for (const rule of RULES) {
      const a = performance.now();
      runRules(model, [rule]);
      if (i >= 0) total.set(rule.meta.id, (total.get(rule.meta.id) ?? 0) + performance.now() - a);
    }
  }
  for (const [k, v] of total) total.set(k, (v * 1000) / rounds);
  return total;
}

/**
 * Per part, the kilobytes it allocates on a fresh model: the median growth of the heap over `rounds` checks
 * (a round in which a GC ran shows less, and the median passes it by). Measured apart from the times,
 * since reading the heap's size costs more than many a rule.
 */
function partAllocations(text: string, rounds = 300): Map<string, number> {
  const samples = new Map<string, number[]>();
  const add = (part: string, bytes: number) => (samples.get(part) ?? samples.set(part, []).get(part)!).push(bytes);
  const heap = () => process.memoryUsage().heapUsed;
  for (let i = 0; i < rounds; i++) {
    let before = heap();
    const model = parseReport(text);
    let after = heap();
    add('(parse)', after - before);
    for (const rule of RULES) {
      before = heap();
      runRules(model, [rule]);
      after = heap();
      add(rule.meta.id, after - before);
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return new Map([...samples].map(([k, xs]) => [k, median(xs) / 1024]));
}

const filter = process.argv[2] ?? '';
for (const name of corpusFiles().filter((n) => n.includes(filter))) {
  const text = corpusText(name);
  const split = usPerCall(() => text.split(/\r\n|\r|\n/));
  const rows = [...partCosts(text)].sort((a, b) => b[1] - a[1]);
  const kb = partAllocations(text);
  const sum = rows.reduce((s, r) => s + r[1], 0);
  const allocated = [...kb.values()].reduce((s, v) => s + Math.max(0, v), 0);
  console.log(`\n${name}: line split ${split.toFixed(1)} µs, parse + rules ${sum.toFixed(0)} µs (${(sum / split).toFixed(1)}×; timing each part apart adds overhead), ${allocated.toFixed(0)} KB allocated`);
  console.log(
    table(
      ['part', 'µs', 'share', '× split', 'KB allocated'],
      rows.filter(([, v]) => v >= 0.5).map(([k, v]) => [k, v.toFixed(1), `${((100 * v) / sum).toFixed(1)} %`, (v / split).toFixed(1), Math.max(0, kb.get(k) ?? 0).toFixed(1)]),
    ),
  );
}
