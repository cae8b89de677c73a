import { strict as assert } from 'assert';
import { parseReport } from '../../../server/src/core/model/build';
import { CORPUS, corpusText } from '../../helpers/corpus';

describe('report model on the corpus', () => {
  it('reads the title split over lines, year, agency and the 2021 format (linzi-office-2024)', () => {
    const m = parseReport(corpusText(CORPUS.linziOffice2024));
    assert.equal(m.kind, 'annual-report');
    assert.equal(m.title?.text, '临淄区人民政府办公室2024年政府信息公开工作年度报告');
    assert.equal(m.title?.ranges.length, 2);
    assert.equal(m.year, 2024);
    assert.equal(m.agency, '临淄区人民政府办公室');
    assert.equal(m.format.template.id, '2021');
  });

  it('recognises a report without a title from its part headings (linzi-district-2020)', () => {
    const m = parseReport(corpusText(CORPUS.linzi2020));
    assert.equal(m.title, undefined);
    assert.equal(m.kind, 'annual-report');
    assert.equal(m.year, 2020);
    assert.equal(m.format.template.id, '2019');
    assert.deepEqual(m.parts.map((p) => p.template?.number), [1, 2, 3, 4, 5, 6]);
  });

  it('reads the tables with the row counts of domain §8.2', () => {
    const expect: [string, number, number, number][] = [
      [CORPUS.linzi2020, 18, 26, 4],
      [CORPUS.sishui2020, 18, 26, 2],
      [CORPUS.linziOffice2024, 14, 28, 4],
      [CORPUS.zibo2021, 14, 26, 4],
    ];
    for (const [file, t2, t3, t4] of expect) {
      const m = parseReport(corpusText(file));
      assert.equal(m.tableOf('active')?.rows.length, t2, `${file} 表二`);
      assert.equal(m.tableOf('requests')?.rows.length, t3, `${file} 表三`);
      assert.equal(m.tableOf('appeals')?.rows.length, t4, `${file} 表四`);
    }
  });

  it('matches every 表三 row of a 2021 report to its template row', () => {
    const m = parseReport(corpusText(CORPUS.linziOffice2024));
    const rows = m.tableOf('requests')!.dataRows;
    assert.equal(rows.length, 25);
    assert.ok(rows.every((r) => r.template && !r.otherFormat));
    assert.deepEqual(rows.find((r) => r.template!.id === 'newReceived')!.values.map((c) => c.value), [12, 0, 0, 0, 0, 0, 12]);
  });

  it('joins a header cell split by blank lines (linzi-office-2024 表四: 总 / / 计)', () => {
    const m = parseReport(corpusText(CORPUS.linziOffice2024));
    const t4 = m.tableOf('appeals')!;
    assert.equal(t4.dataRows.length, 1);
    assert.equal(t4.dataRows[0].values.length, 15);
    assert.ok(t4.headerRows.some((r) => r.cells.some((c) => c.text === '总计')));
  });

  it('reads the 2019 single 其他处理 row of a 2021 report as a row of the other format (zibo-hitech-2021)', () => {
    const m = parseReport(corpusText(CORPUS.zibo2021));
    const other = m.tableOf('requests')!.dataRows.filter((r) => r.otherFormat);
    assert.equal(other.length, 1);
    assert.equal(other[0].template?.id, 'other');
  });

  it('reads the work plan as a work plan with five parts and no tables', () => {
    const m = parseReport(corpusText(CORPUS.workPlan));
    assert.equal(m.kind, 'work-plan');
    assert.equal(m.year, 2021);
    assert.equal(m.parts.length, 5);
    assert.equal(m.tables.length, 0);
  });

  it('ignores ordinary text', () => {
    const m = parseReport('今天天气很好。\n一、买菜\n二、做饭\n');
    assert.equal(m.isReport, false);
  });
});
