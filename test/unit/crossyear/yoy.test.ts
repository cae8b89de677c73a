import { strict as assert } from 'assert';
import { withPreviousReport } from '../../../server/src/core/crossyear';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { Finding } from '../../../server/src/core/rules/types';
import { byRule } from '../../helpers/lint';
import { report } from './fixtures';
import { FileText, previousFor, textAt, uriOf } from './helpers';

// "同比下降55.55%" with last year's report known is recomputed from both reports, with a fix.

const prev = (received: number): FileText => ({ name: '2023.txt', text: report({ year: 2023, newReceived: [received, 0, 0, 0, 0, 0] }) });
const cur = (phrase: string, received = 12): FileText => ({
  name: '2024.txt',
  text: report({
    year: 2024,
    newReceived: [received, 0, 0, 0, 0, 0],
    overview: `2024年，测试市测试区人民政府依法做好政府信息公开工作。全年共收到政府信息公开申请${received}件，${phrase}。`,
  }),
});

function yoy(current: FileText, files: FileText[]): Finding[] {
  return byRule(current.text, 'year-on-year', { others: withPreviousReport(previousFor(current, files)) });
}

const slice = (f: FileText, x: Finding) => f.text.slice(x.range.start, x.range.end);

describe('year-on-year made exact by last year’s report (X-4)', () => {
  it('a figure that agrees with both reports leaves nothing to say (not even the implied previous count)', () => {
    assert.equal(yoy(cur('同比下降55.56%'), []).length, 1, 'without last year: the implied count as information');
    assert.deepEqual(yoy(cur('同比下降55.56%'), [prev(27)]), []);
    assert.deepEqual(yoy(cur('同比增长20%'), [prev(10)]), []);
  });

  it('a figure off by rounding gets the exact one, naming the file, pointing at its cell, with a fix', () => {
    const c = cur('同比下降55.55%');
    const [f] = yoy(c, [prev(27)]);
    assert.equal(slice(c, f), '55.55');
    assert.equal(f.severity, 'error');
    assert.equal(f.message.zh, '同比下降55.55%有误：上年报告（2023.txt）本年新收为 27件，本年 12件，(27 − 12) ÷ 27 = 55.556% → 55.56%，应为同比下降55.56%（X-4）');
    const rel = f.related![0];
    assert.equal(rel.uri, uriOf('2023.txt'));
    assert.equal(textAt(prev(27).text, rel.position!), '27');
    assert.equal(f.fix!.title.zh, '改为「同比下降55.56%」');
    const fixed = applyEdits(c.text, f.fix!.edits);
    assert.ok(fixed.includes('共收到政府信息公开申请12件，同比下降55.56%。'));
    assert.deepEqual(yoy({ ...c, text: fixed }, [prev(27)]), []);
  });

  it('a figure that would be right for another previous count is still wrong against the real one', () => {
    // 58% fits a previous 31 (the prose rule can only say so); last year's report says 30.
    const c = cur('同比增长58%', 49);
    assert.equal(yoy(c, [])[0].severity, 'information');
    const [f] = yoy(c, [prev(30)]);
    assert.match(f.message.zh, /上年报告（2023\.txt）本年新收为 30件，本年 49件，\(49 − 30\) ÷ 30 = 63\.3% → 63%，应为同比增长63%/);
    assert.equal(applyEdits(c.text, f.fix!.edits).match(/同比增长\d+%/)![0], '同比增长63%');
  });

  it('the wrong direction word is fixed together with the figure', () => {
    const c = cur('同比增长50%', 10);
    const [f] = yoy(c, [prev(20)]);
    assert.equal(f.message.en, "The year-on-year 50% is wrong: last year's report (2023.txt) has 20 (new requests) and this year 10, (20 − 10) ÷ 20 = 50.0% → 50%, a 50% decrease (X-4)");
    assert.equal(applyEdits(c.text, f.fix!.edits).match(/同比..\d+%/)![0], '同比下降50%');
  });

  it('falls back to the implied previous count when last year’s figure is 0 or not known', () => {
    const c = cur('同比下降55.55%');
    for (const files of [[], [prev(0)]]) {
      const [f] = yoy(c, files);
      assert.match(f.message.zh, /截断/);
      assert.equal(f.fix, undefined);
    }
  });
});
