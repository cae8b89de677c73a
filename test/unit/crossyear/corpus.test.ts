import { strict as assert } from 'assert';
import { CORPUS, corpusText } from '../../helpers/corpus';
import { report } from './fixtures';
import { crossYear, FileText, previousFor } from './helpers';

// The corpus has one report per agency, so each is paired with a made-up previous report written
// here from the values domain §4.4 says they imply.

const corpus = (name: string): FileText => ({ name, text: corpusText(name) });
const at = (f: FileText, start: number, end: number) => f.text.slice(start, end);

describe('cross-year on corpus reports with a made-up previous report', () => {
  it('linzi-office-2024: 2023 must carry 2 forward and leave 14 行政规范性文件 in force', () => {
    const cur = corpus(CORPUS.linziOffice2024);
    const ok = { name: '2023.txt', text: report({ year: 2023, agency: '临淄区人民政府办公室', carriedForward: [2, 0, 0, 0, 0, 0], normativeDocuments: [2, 0, 14] }) };
    assert.equal(previousFor(cur, [ok])?.status, 'found');
    assert.deepEqual(crossYear(cur, [ok]), []);

    const off = { name: '2023.txt', text: report({ year: 2023, agency: '临淄区人民政府办公室', carriedForward: [1, 1, 0, 0, 0, 0], normativeDocuments: [2, 0, 13] }) };
    const found = crossYear(cur, [off]);
    assert.deepEqual(
      found.map((f) => `${at(cur, f.range.start, f.range.end)} ${f.message.zh.replace(/^.*?（(X-\d)）$/, '$1')}`),
      ['9 X-2', '2 X-1', '0 X-1'],
    );
    assert.match(found[0].message.zh, /应为 8（上年报告（2023\.txt）现行有效 13 \+ 本年制发 1 − 本年废止 6），实为 9/);

    // The district government's report of the year before is another agency's.
    const district = { name: 'district-2023.txt', text: report({ year: 2023, agency: '临淄区人民政府', carriedForward: [7, 0, 0, 0, 0, 0] }) };
    assert.equal(previousFor(cur, [district]), undefined);
  });

  it('linzi-district-2020 (no title): 2019 must carry 9 forward; the item counts chain on', () => {
    const cur = corpus(CORPUS.linzi2020);
    const items = { licensing: [1300, 16, 0], otherServices: [180, 5, 0] } as const;
    const ok = { name: '2019.txt', text: report({ year: 2019, agency: '临淄区人民政府', carriedForward: [9, 0, 0, 0, 0, 0], items }) };
    assert.equal(previousFor(cur, [ok])?.status, 'found');
    const found = crossYear(cur, [ok]);
    // 2020's table gives 行政处罚/行政强制/收费 items the made-up 2019 report leaves at 0.
    assert.ok(found.every((f) => /（X-3）$/.test(f.message.zh) && !/行政许可|其他对外管理/.test(f.message.zh)), found.map((f) => f.message.zh).join('\n'));

    const off = { name: '2019.txt', text: report({ year: 2019, agency: '临淄区人民政府', carriedForward: [8, 0, 0, 0, 0, 0], items: { ...items, licensing: [1300, 15, 0] } }) };
    const messages = crossYear(cur, [off]).map((f) => f.message.zh);
    assert.ok(messages.includes('「行政许可」行「上一年项目数量」列应为 1315（上年报告（2019.txt）上一年项目数量 1300 + 15），实为 1316（X-3）'), messages.join('\n'));
    assert.ok(messages.includes('「上年结转」行「自然人」列为 9，而上年报告（2019.txt）「结转下年度继续办理」为 8（X-1）'), messages.join('\n'));
  });

  it('zibo-hitech-2021: X-1 against a 2020 report in the 2019 format, but no 现行有效件数 chain (X-5)', () => {
    const cur = corpus(CORPUS.zibo2021);
    // 对外公开总数量 999 in 2020 says nothing about 2021's 现行有效件数 54.
    const prev = { name: '2020.txt', text: report({ year: 2020, agency: '淄博高新技术产业开发区', normativeDocuments: [30, 30, 999] }) };
    assert.deepEqual(crossYear(cur, [prev]), []);
    const carried = { name: '2020.txt', text: report({ year: 2020, agency: '淄博高新技术产业开发区', carriedForward: [0, 0, 0, 1, 0, 0] }) };
    assert.deepEqual(
      crossYear(cur, [carried]).map((f) => f.message.zh),
      ['「上年结转」行「社会公益组织」列为 0，而上年报告（2020.txt）「结转下年度继续办理」为 1（X-1）', '「上年结转」行「总计」列为 0，而上年报告（2020.txt）「结转下年度继续办理」为 1（X-1）'],
    );
  });
});
