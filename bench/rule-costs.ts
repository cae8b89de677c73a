// Where the time of one full check goes: the parse, then each rule on the parsed model, per corpus report.
// node bench/run.mjs rule-costs [report-name-substring]
import { performance } from 'perf_hooks';
import { parseReport } from '../server/src/core/model/build';
import { runRules } from '../server/src/core/rules/engine';
import { RULES } from '../server/src/core/rules';
import { corpusFiles, corpusText } from '../test/helpers/corpus';
import { table } from './lib/stats';

function nowUs(): number {
  return performance.now() * 1000;
}

function usPerOp(fn: () => unknown, minUs = 100_000): number {
  // Long enough for V8 to optimise a rule before it is timed: a few calls leave heavy rules interpreted.
  const warm = nowUs();
  while (nowUs() - warm < 300_000) fn();
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    let n = 0;
    const start = nowUs();
    let now = start;
    while (now - start < minUs) {
      fn();
      n++;
      now = nowUs();
    }
    best = Math.min(best, (now - start) / n);
  }
  return best;
}

const filter = process.argv[2] ?? '';
for (const name of corpusFiles().filter((n) => n.includes(filter))) {
  const text = corpusText(name);
  const split = usPerOp(() => text.split(/\r\n|\r|\n/));
  const parse = usPerOp(() => parseReport(text));
  const model = parseReport(text);
  const rows: [string, number][] = [['(parse)', parse]];
  for (const rule of RULES) rows.push([rule.meta.id, usPerOp(() => runRules(model, [rule]), 30_000)]);
  rows.sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, r) => s + r[1], 0);
  console.log(`\n${name}: line split ${split.toFixed(1)} µs, parse + rules ${total.toFixed(0)} µs (${(total / split).toFixed(1)}×)`);
  console.log(table(['part', 'µs', '× split'], rows.map(([k, v]) => [k, v.toFixed(1), (v / split).toFixed(1)])));
}
