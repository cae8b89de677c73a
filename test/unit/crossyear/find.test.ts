import { strict as assert } from 'assert';
import { compareAgencies, normalizeAgency } from '../../../server/src/core/crossyear';
import { parseReport } from '../../../server/src/core/model/build';
import { report } from './fixtures';
import { crossYear, FileText, previousFor } from './helpers';

const file = (name: string, text: string): FileText => ({ name, text });
const status = (p: ReturnType<typeof previousFor>) => (p ? (p.status === 'found' ? `found ${p.label} (${p.source})` : p.status) : 'none');

// One disagreement in every pair below, so "was the file used" shows in the findings.
const prev2023 = (agency: string, name = '2023.txt', extra = {}) => file(name, report({ year: 2023, agency, carriedForward: [2, 0, 0, 0, 0, 0], ...extra }));
const cur2024 = (agency: string, extra = {}) => file('2024.txt', report({ year: 2024, agency, carriedOver: [1, 0, 0, 0, 0, 0], ...extra }));

describe('cross-year: finding last year’s report of the same agency', () => {
  it('tells 人民政府 from 人民政府办公室, and tolerates a leading place name', () => {
    assert.equal(compareAgencies('临淄区人民政府', '临淄区人民政府办公室'), 'different');
    assert.equal(compareAgencies('淄博市临淄区人民政府', '临淄区人民政府'), 'prefixed');
    assert.equal(compareAgencies('山东省淄博市临淄区人民政府办公室', '临淄区人民政府办公室'), 'prefixed');
    assert.equal(compareAgencies('临淄区 人民政府', '临淄区政府'), 'same');
    assert.equal(compareAgencies('张店区人民政府', '临淄区人民政府'), 'different');
    assert.equal(normalizeAgency('临淄区政府办公室'), '临淄区人民政府办公室');

    const district = prev2023('测试区人民政府', 'district-2023.txt');
    const office = prev2023('测试区人民政府办公室', 'office-2023.txt');
    assert.equal(status(previousFor(cur2024('测试区人民政府办公室'), [district, office])), 'found office-2023.txt (search)');
    assert.equal(status(previousFor(cur2024('测试区人民政府'), [district, office])), 'found district-2023.txt (search)');
    assert.equal(status(previousFor(cur2024('测试区人民政府办公室'), [district])), 'none');
    assert.equal(status(previousFor(cur2024('某市测试区人民政府'), [district])), 'found district-2023.txt (search)');
  });

  it('uses only the year before, only annual reports, and never the report itself', () => {
    const cur = cur2024('测试区人民政府');
    const older = file('2022.txt', report({ year: 2022, agency: '测试区人民政府' }));
    const plan = file('plan-2023.txt', '测试区人民政府办公室\n\n关于印发2023年测试区政务公开工作要点的\n\n通知\n\n各单位：现印发给你们。\n');
    assert.equal(parseReport(plan.text).kind, 'work-plan');
    assert.equal(status(previousFor(cur, [older, plan, cur])), 'none');
    assert.deepEqual(crossYear(cur, [older, plan]), []);
  });

  it('reads the agency from the body when the report has no title (as linzi-district-2020)', () => {
    const untitled = file(
      '2020.txt',
      report({ year: 2020, title: null, overview: '2020年，测试区政府坚持以人民为中心，扎实推进政务公开。', carriedOver: [1, 0, 0, 0, 0, 0] }),
    );
    const m = parseReport(untitled.text);
    assert.equal(m.title, undefined);
    assert.equal(m.agency, '测试区人民政府');
    const prev = file('2019.txt', report({ year: 2019, agency: '测试区人民政府', carriedForward: [1, 0, 0, 0, 0, 0] }));
    assert.equal(status(previousFor(untitled, [prev])), 'found 2019.txt (search)');
  });

  it('prefers the exact name to one that differs by a place prefix', () => {
    const exact = prev2023('测试区人民政府', 'a.txt');
    const prefixed = prev2023('某市测试区人民政府', 'b.txt');
    assert.equal(status(previousFor(cur2024('测试区人民政府'), [prefixed, exact])), 'found a.txt (search)');
  });

  it('says so when two files are equally good, and uses neither', () => {
    const a = prev2023('测试区人民政府', '2023-draft.txt');
    const b = prev2023('测试区人民政府', '2023-final.txt', { carriedForward: [5, 0, 0, 0, 0, 0] });
    const cur = cur2024('测试区人民政府');
    const found = crossYear(cur, [b, a]);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.equal(
      found[0].message.zh,
      '有多份文件像是本机关上年的年报（2023-draft.txt、2023-final.txt），无法确定用哪一份，未作跨年度核对；可在设置 govReport.previousReport 中指定',
    );
    assert.equal(cur.text.slice(found[0].range.start, found[0].range.end), '测试区人民政府2024年政府信息公开工作年度报告');
    assert.deepEqual(found[0].related!.map((r) => r.uri), ['file:///reports/2023-draft.txt', 'file:///reports/2023-final.txt']);
  });

  describe('the explicit setting (govReport.previousReport)', () => {
    const cur = cur2024('测试区人民政府');

    it('wins over the search, over an ambiguity and over a different agency name', () => {
      const a = prev2023('测试区人民政府', 'a.txt');
      const b = prev2023('测试区人民政府', 'b.txt', { carriedForward: [1, 0, 0, 0, 0, 0] });
      assert.equal(status(previousFor(cur, [a, b])), 'ambiguous');
      assert.equal(status(previousFor(cur, [a, b], 'b.txt')), 'found b.txt (setting)');
      assert.deepEqual(crossYear(cur, [a, b], 'b.txt'), []);
      assert.equal(crossYear(cur, [a, b], 'a.txt').length, 2);
      // The user knows better than the name matching (a renamed agency).
      const renamed = prev2023('测试区人民政府办公室', 'renamed.txt');
      assert.equal(status(previousFor(cur, [renamed], 'renamed.txt')), 'found renamed.txt (setting)');
      assert.match(crossYear(cur, [renamed], 'renamed.txt')[0].message.zh, /上年报告（renamed\.txt）/);
    });

    it('does not apply to the named report itself or to older ones (a setting shared by the workspace)', () => {
      const prev = prev2023('测试区人民政府');
      const older = file('2022.txt', report({ year: 2022, agency: '测试区人民政府', carriedForward: [0, 0, 0, 0, 0, 0] }));
      assert.equal(status(previousFor(prev, [older, cur], '2023.txt')), 'found 2022.txt (search)');
      assert.equal(status(previousFor(older, [prev, cur], '2023.txt')), 'none');
    });

    it('says why a named file cannot be used', () => {
      const two = file('2022.txt', report({ year: 2022, agency: '测试区人民政府' }));
      const notes = file('notes.txt', '会议纪要\n\n今天讨论了预算。\n');
      const why = (files: FileText[], name: string) => crossYear(cur, files, name).map((f) => `${f.severity}: ${f.message.zh}`);
      assert.deepEqual(why([], 'gone.txt'), ['information: 设置 govReport.previousReport 指定的上年报告（gone.txt）不存在或无法读取，未作跨年度核对']);
      assert.deepEqual(why([notes], 'notes.txt'), ['information: 设置 govReport.previousReport 指定的上年报告（notes.txt）不是政府信息公开工作年度报告，未作跨年度核对']);
      assert.deepEqual(why([two], '2022.txt'), ['information: 设置 govReport.previousReport 指定的上年报告（2022.txt）是 2022 年的报告，不是 2023 年的，未作跨年度核对']);
    });
  });

  it('a deleted previous file takes its findings with it', () => {
    const prev = prev2023('测试区人民政府');
    const cur = cur2024('测试区人民政府');
    assert.equal(crossYear(cur, [prev]).length, 2);
    assert.deepEqual(crossYear(cur, []), []);
  });
});
