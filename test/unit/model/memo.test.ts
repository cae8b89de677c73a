import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { perModel } from '../../../server/src/core/model/memo';
import { parseReport } from '../../../server/src/core/model/build';
import { corpusText } from '../../helpers/corpus';

const CORE = path.resolve(__dirname, '../../../server/src/core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('perModel: values derived from one model', () => {
  const text = corpusText('linzi-district-2020-annual-report.txt');

  it('computes once per model and separately for each model', () => {
    let calls = 0;
    const lineCount = perModel((m) => (calls++, m.lines.lines.length));
    const a = parseReport(text);
    const b = parseReport(text + '\n补充一行。');
    assert.equal(lineCount(a), a.lines.lines.length);
    assert.equal(lineCount(a), a.lines.lines.length);
    assert.equal(calls, 1);
    assert.equal(lineCount(b), a.lines.lines.length + 1);
    assert.equal(calls, 2);
  });

  it('remembers undefined and falsy results too', () => {
    let calls = 0;
    const nothing = perModel(() => (calls++, undefined));
    const m = parseReport(text);
    nothing(m);
    nothing(m);
    assert.equal(calls, 1);
  });

  it('keeps each computation apart and leaves the model\'s own keys alone', () => {
    const m = parseReport(text);
    const keys = Object.keys(m);
    const one = perModel(() => 1);
    const two = perModel(() => 2);
    assert.deepEqual([one(m), two(m), one(m)], [1, 2, 1]);
    assert.deepEqual(Object.keys(m), keys);
  });

  // V8's minor GC keeps the entries of a long-lived WeakMap alive, so a module-level WeakMap keyed by the
  // model promoted every checked model to the old generation (7.5 ms scavenges while typing).
  it('is the only per-model cache in the core: no module-level WeakMap keyed by the model', () => {
    const offenders = sources(CORE).filter((file) => /WeakMap<\s*ReportModel\b/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(CORE, f)), []);
  });
});
