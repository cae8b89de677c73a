// Where the time of one full check goes: the parse, then each rule in the order the engine runs them,
// on fresh models, so that the parts add up to the check. A shared analysis (sentences, mentions, cues,
// identities) is charged to the first rule that asks for it, as it is in a real check.
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

const filter = process.argv[2] ?? '';
for (const name of corpusFiles().filter((n) => n.includes(filter))) {
  const text = corpusText(name);
  const split = usPerCall(() => text.split(/\r\n|\r|\n/));
  const rows = [...partCosts(text)].sort((a, b) => b[1] - a[1]);
  const sum = rows.reduce((s, r) => s + r[1], 0);
  console.log(`\n${name}: line split ${split.toFixed(1)} µs, parse + rules ${sum.toFixed(0)} µs (${(sum / split).toFixed(1)}×; timing each part apart adds overhead)`);
  console.log(table(['part', 'µs', 'share', '× split'], rows.filter(([, v]) => v >= 0.5).map(([k, v]) => [k, v.toFixed(1), `${((100 * v) / sum).toFixed(1)} %`, (v / split).toFixed(1)])));
}
