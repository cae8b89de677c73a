import { strict as assert } from 'assert';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { parseReport } from '../../../server/src/core/model/build';
import { Itemisation } from '../../../server/src/core/rules/sums/itemise';
import { readParagraphs } from '../../../server/src/core/rules/sums/prose-sum';
import { CORPUS, corpusFiles, corpusText } from '../../helpers/corpus';
import { at, sums } from './helpers';

/** "total = parts" as written, the strict reading when the list may end early (see itemise.ts). */
function describe_(it: Itemisation): string {
  const shown = it.strictLength ? it.items.slice(0, it.strictLength) : it.items;
  return `${it.totals.map((q) => q.digits).join('+')}${it.totals[0].unitText} = ${shown.map((i) => i.q.digits).join('+')}`;
}

/** The itemisations of a corpus report, in document offsets. */
function itemisations(name: string): { text: string; list: { it: Itemisation }[] } {
  const text = corpusText(name);
  const list = readParagraphs(parseReport(text)).flatMap((p) => p.itemisations.map((it) => ({ it })));
  return { text, list };
}

describe('prose-sum on the corpus', () => {
  it('reads exactly these itemised totals, and every one adds up', () => {
    const expected: Record<string, string[]> = {
      [CORPUS.workPlan]: [],
      [CORPUS.linzi2020]: ['6件 = 2+2+2', '5件 = 2+2+1'],
      [CORPUS.linziOffice2024]: ['14件 = 5+6+0+3'],
      [CORPUS.sishui2020]: ['65+10件 = 9+11+24+5+6+14+6', '191件 = 27+33+28+90+13'],
      [CORPUS.zibo2021]: [],
    };
    assert.deepEqual(corpusFiles(), Object.keys(expected).sort());
    for (const name of corpusFiles()) assert.deepEqual(itemisations(name).list.map(({ it }) => describe_(it)), expected[name], name);
  });

  it('gives no prose-sum error anywhere, and only the press-conference warning', () => {
    for (const name of corpusFiles()) {
      const text = corpusText(name);
      const f = sums(text);
      if (name !== CORPUS.sishui2020) {
        assert.deepEqual(f.map((x) => x.message.zh), [], name);
        continue;
      }
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'warning');
      assert.equal(at(text, f[0]), '16次');
      assert.equal(at(text, f[0].related![0]), '21场');
      // both places are in 一、总体情况
      const model = parseReport(text);
      assert.equal(model.partOf(f[0].range.start)?.number, 1);
      assert.equal(model.partOf(f[0].related![0].range.start)?.number, 1);
    }
  });

  it('every part and total of those sentences, changed by one, gives a finding there', () => {
    for (const name of corpusFiles()) {
      const { text, list } = itemisations(name);
      for (const { it } of list) {
        const shown = it.strictLength ? it.items.slice(0, it.strictLength) : it.items;
        for (const [n, q] of [...it.totals, ...shown.map((i) => i.q)].entries()) {
          const range = { start: q.start, end: q.end };
          const mutated = applyEdits(text, [{ range, newText: String(Number(q.decimal) + 1) }]);
          const f = sums(mutated).filter((x) => x.range.start <= range.start && range.end <= x.range.end);
          assert.equal(f.length, 1, `${name}: ${q.digits} at ${range.start}`);
          // +1 on a part: the parts exceed the total (error); on the total: they fall short, an error only
          // when the list says it is complete (其他方面, the outcome categories), else a warning
          const exceed = n >= it.totals.length;
          assert.equal(f[0].severity, it.kind !== 'implicit' && (exceed || it.complete) ? 'error' : 'warning', `${name}: ${q.digits}`);
        }
      }
    }
  });

  it('is registered with the other rules and runs through lint', () => {
    // Loaded here, so a rule of another family that does not load fails this test only.
    const { ruleById } = require('../../../server/src/core/rules') as typeof import('../../../server/src/core/rules');
    const { lint } = require('../../../server/src/core/lint') as typeof import('../../../server/src/core/lint');
    assert.ok(ruleById('prose-sum'));
    const text = corpusText(CORPUS.sishui2020);
    assert.deepEqual(
      lint(text).findings.filter((f) => f.rule === 'prose-sum').map((f) => at(text, f)),
      ['16次'],
    );
  });
});
