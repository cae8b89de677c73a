import { strict as assert } from 'assert';
import { localize } from '../../../server/src/core/i18n';
import { parseReport } from '../../../server/src/core/model/build';
import { Finding } from '../../../server/src/core/rules/types';
import { LAYOUTS } from '../../helpers/lint';
import { report } from './fixtures';
import { crossYear, FileText, textAt, uriOf } from './helpers';

const file = (name: string, text: string): FileText => ({ name, text });
const at = (f: FileText, finding: Finding) => f.text.slice(finding.range.start, finding.range.end);

/** The other file's text at a related location, read by line and column as an editor would. */
function otherText(files: readonly FileText[], finding: Finding, i = 0): string {
  const r = finding.related![i];
  const f = files.find((x) => uriOf(x.name) === r.uri)!;
  assert.ok(f, `related location in an unknown file ${r.uri}`);
  assert.equal(f.text.slice(r.range.start, r.range.end), textAt(f.text, r.position!));
  return textAt(f.text, r.position!);
}

describe('cross-year: X-1 上年结转 = last year’s 结转下年度继续办理, per column', () => {
  for (const layout of LAYOUTS) {
    it(`agrees and disagrees in both directions of the comparison (${layout} tables)`, () => {
      const prev = file('2023.txt', report({ year: 2023, layout, carriedForward: [2, 1, 0, 0, 0, 0] }));
      const agree = file('2024.txt', report({ year: 2024, layout, carriedOver: [2, 1, 0, 0, 0, 0] }));
      assert.deepEqual(crossYear(agree, [prev]), []);

      // This year says 3 natural persons were carried over, last year carried 2 forward: 自然人 and 总计 differ.
      const disagree = file('2024.txt', report({ year: 2024, layout, carriedOver: [3, 1, 0, 0, 0, 0] }));
      const found = crossYear(disagree, [prev]);
      assert.deepEqual(found.map((f) => [f.severity, at(disagree, f)]), [
        ['warning', '3'],
        ['warning', '4'],
      ]);
      assert.equal(found[0].message.zh, '「上年结转」行「自然人」列为 3，而上年报告（2023.txt）「结转下年度继续办理」为 2（X-1）');
      assert.equal(
        localize(found[1].message, 'en'),
        'Row "carried over from last year", column "total" is 4, but last year\'s report (2023.txt) carried 3 forward (X-1)',
      );
      // relatedInformation points at the cell in the other file.
      assert.equal(found[0].related![0].uri, uriOf('2023.txt'));
      assert.equal(otherText([prev], found[0]), '2');
      assert.equal(otherText([prev], found[1]), '3');
      assert.match(found[0].related![0].message.zh, /上年报告（2023\.txt）「结转下年度继续办理」行「自然人」列：2/);

      // Last year's report is never checked against the next one.
      assert.deepEqual(crossYear(prev, [disagree]), []);
    });
  }
});

describe('cross-year: X-2 现行有效件数 chain (2021 format → 2021 format)', () => {
  const prev = file('2022.txt', report({ year: 2022, regulations: [0, 0, 2], normativeDocuments: [4, 2, 14] }));

  it('holds: in force = last year in force + issued − repealed, for 规章 and 行政规范性文件', () => {
    const cur = file('2023.txt', report({ year: 2023, regulations: [1, 0, 3], normativeDocuments: [3, 8, 9] }));
    assert.deepEqual(crossYear(cur, [prev]), []);
  });

  it('flags the 现行有效件数 cell with the arithmetic, the other file’s cell and this year’s terms', () => {
    const cur = file('2023.txt', report({ year: 2023, regulations: [1, 0, 2], normativeDocuments: [3, 8, 10] }));
    const found = crossYear(cur, [prev]);
    assert.deepEqual(found.map((f) => at(cur, f)), ['2', '10']);
    assert.equal(found[1].message.zh, '「行政规范性文件」行「现行有效件数」列应为 9（上年报告（2022.txt）现行有效 14 + 本年制发 3 − 本年废止 8），实为 10（X-2）');
    assert.equal(
      found[1].message.en,
      'Row "normative documents", column "in force" should be 9 (14 in force in last year\'s report (2022.txt) + 3 issued − 8 repealed), found 10 (X-2)',
    );
    assert.equal(otherText([prev], found[1]), '14');
    // This year's 制发 and 废止 cells are related too, in this file.
    const own = found[1].related!.filter((r) => !r.uri).map((r) => cur.text.slice(r.range.start, r.range.end));
    assert.deepEqual(own, ['3', '8']);
    assert.match(found[0].message.zh, /^「规章」行「现行有效件数」列应为 3（上年报告（2022\.txt）现行有效 2 \+ 本年制发 1 − 本年废止 0），实为 2/);
  });
});

describe('cross-year: X-3 item-count chain (2019 format, 2019 → 2020)', () => {
  const items = { licensing: [185, -116, 30], otherServices: [40, 5, 7], punishment: [12, 0, 3], coercion: [3, 1, 0], fees: [8, -2] } as const;
  const prev = file('2019.txt', report({ year: 2019, items }));

  it('holds: 上一年项目数量 = last year’s 上一年项目数量 + 本年增/减, for every item row', () => {
    const cur = file('2020.txt', report({ year: 2020, items: { licensing: [69, 0, 20], otherServices: [45, 0, 1], punishment: [12, 0, 0], coercion: [4, 0, 0], fees: [6, 0] } }));
    assert.deepEqual(crossYear(cur, [prev]), []);
  });

  it('flags each row whose count does not carry on, with last year’s two cells', () => {
    const cur = file('2020.txt', report({ year: 2020, items: { licensing: [185, 0, 20], otherServices: [45, 0, 1], punishment: [12, 0, 0], coercion: [3, 0, 0], fees: [8, 0] } }));
    const found = crossYear(cur, [prev]);
    assert.deepEqual(found.map((f) => at(cur, f)), ['185', '3', '8']);
    assert.equal(found[0].message.zh, '「行政许可」行「上一年项目数量」列应为 69（上年报告（2019.txt）上一年项目数量 185 − 116），实为 185（X-3）');
    assert.equal(found[1].message.en, 'Row "coercive measures", column "items last year" should be 4 (last year\'s report (2019.txt): 3 items + 1), found 3 (X-3)');
    assert.deepEqual([otherText([prev], found[1], 0), otherText([prev], found[1], 1)], ['3', '+1']);
    assert.match(found[1].related![1].message.zh, /「本年增\/减」列：\+1$/);
  });
});

describe('cross-year: the 2020 → 2021 format break (X-5)', () => {
  // 2020 in the 2019 format: 对外公开总数量 9 is not 现行有效件数.
  const prev = file('2020.txt', report({ year: 2020, normativeDocuments: [3, 3, 9], carriedForward: [1, 0, 0, 0, 0, 0], items: { licensing: [10, 2, 1] } }));

  it('still checks X-1 across the break, agreeing and disagreeing', () => {
    const agree = file('2021.txt', report({ year: 2021, normativeDocuments: [1, 0, 30], carriedOver: [1, 0, 0, 0, 0, 0] }));
    assert.equal(parseReport(prev.text).format.template.id, '2019');
    assert.equal(parseReport(agree.text).format.template.id, '2021');
    assert.deepEqual(crossYear(agree, [prev]), []);
    const disagree = file('2021.txt', report({ year: 2021, normativeDocuments: [1, 0, 30], carriedOver: [0, 0, 0, 0, 0, 0] }));
    assert.deepEqual(crossYear(disagree, [prev]).map((f) => f.message.zh.slice(-5)), ['（X-1）', '（X-1）']);
  });

  it('never chains 现行有效件数 (X-2) or item counts (X-3) across it', () => {
    const cur = file('2021.txt', report({ year: 2021, normativeDocuments: [1, 0, 30], carriedOver: [1, 0, 0, 0, 0, 0] }));
    assert.deepEqual(crossYear(cur, [prev]), []);
    // Nor backwards: a 2019-format report for 2021 after a 2021-format report for 2020.
    const odd = file('2021.txt', report({ year: 2021, format: '2019', items: { licensing: [99, 0, 0] }, carriedOver: [1, 0, 0, 0, 0, 0] }));
    const prev2021 = file('2020.txt', report({ year: 2020, format: '2021', normativeDocuments: [0, 0, 1], carriedForward: [1, 0, 0, 0, 0, 0] }));
    assert.deepEqual(crossYear(odd, [prev2021]), []);
  });
});
