// Full check (parse + every rule) of each corpus report against a bare line split of the same text,
// measured in one run so that the ratio, not the machine, is what we compare.
import { performance } from 'perf_hooks';
import { lint } from '../server/src/core/lint';
import { corpusFiles, corpusText } from '../test/helpers/corpus';

function timePerOp(fn: () => unknown, minMs = 400): number {
  for (let i = 0; i < 20; i++) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (let i = 0; i < 10; i++) fn();
    n += 10;
    now = performance.now();
  }
  return (now - start) / n;
}

const rows: string[] = [];
let worst = 0;
for (const name of corpusFiles()) {
  const text = corpusText(name);
  const split = timePerOp(() => text.split(/\r\n|\r|\n/));
  const check = timePerOp(() => lint(text));
  const ratio = check / split;
  worst = Math.max(worst, ratio);
  rows.push(`| ${name} | ${(text.length / 1024).toFixed(1)} KB | ${(split * 1000).toFixed(1)} µs | ${(check * 1000).toFixed(0)} µs | ${ratio.toFixed(1)}× |`);
}
console.log('| document | size | line split | full check | ratio |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`\nworst ratio: ${worst.toFixed(1)}× (node ${process.version})`);
