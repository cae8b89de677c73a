import { strict as assert } from 'assert';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { formatById } from '../../../server/src/core/templates';
import { templateRows, writeTable } from '../../../server/src/core/tables/write';
import { Finding } from '../../../server/src/core/rules/types';
import { byRule } from '../../helpers/lint';
import { synthetic } from './synthetic';

const at = (text: string, f: Finding) => text.slice(f.range.start, f.range.end);
const period = (year: number) => `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;

describe('format-mismatch', () => {
  it('reports a 2019-format 表二 in a 2023 report (FMT-1)', () => {
    const old = formatById('2019');
    const text = synthetic({ year: 2023, body: { 2: writeTable(old, templateRows('active', old), { layout: 'word' }) } });
    const f = byRule(text, 'format-mismatch');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(at(text, f[0]), '\t第二十条第（一）项');
    assert.match(f[0].message.zh, /^表二使用的是2019年版格式（国办公开办函〔2019〕60号），2023年度报告应使用2021年版格式/);
  });

  it('gives information when the basis cites the notice of the other format (FMT-3)', () => {
    const text = synthetic({ year: 2023, preamble: `本报告根据国办公开办函〔2019〕60号编制。${period(2023)}` });
    const [f] = byRule(text, 'format-mismatch');
    assert.equal(f.severity, 'information');
    assert.equal(at(text, f), '国办公开办函〔2019〕60号');
    assert.equal(f.message.zh, '编制依据引用了国办公开办函〔2019〕60号，2023年度报告的格式依据是国办公开办函〔2021〕30号');
  });

  it('is silent when tables, year and notice agree', () => {
    assert.deepEqual(byRule(synthetic({ year: 2020 }), 'format-mismatch'), []);
    assert.deepEqual(byRule(synthetic({ year: 2023 }), 'format-mismatch'), []);
  });
});

describe('statistics-period', () => {
  it('reports a period in another year than the title, with the certain fix (PRE-1)', () => {
    const text = synthetic({ year: 2023, preamble: period(2022) });
    const f = byRule(text, 'statistics-period');
    assert.equal(f.length, 2, 'both years of the period');
    assert.equal(f[0].message.zh, '统计期限写的是2022年，报告年度是2023年');
    assert.equal(at(text, f[0]), '2022');
    assert.match(applyEdits(text, f.flatMap((x) => x.fix!.edits)), /统计期限自2023年1月1日起至2023年12月31日止/);
  });

  it('gives no fix when the report year comes from nowhere but the period', () => {
    const text = synthetic({ title: null, preamble: '本报告所列数据的统计期限自2022年1月1日起至2023年12月31日止。' });
    const [f] = byRule(text, 'statistics-period');
    assert.equal(at(text, f), '2023');
    assert.equal(f.fix, undefined);
  });

  it('warns when the report states no statistics period, on the title', () => {
    const text = synthetic({ preamble: '本报告根据《中华人民共和国政府信息公开条例》编制。' });
    const [f] = byRule(text, 'statistics-period');
    assert.equal(f.severity, 'warning');
    assert.equal(at(text, f), '测试区人民政府2023年政府信息公开工作年度报告');
    const atEnd = synthetic({ preamble: '本报告根据《中华人民共和国政府信息公开条例》编制。', body: { 6: `本年度未收取信息处理费，建议提案、工作要点均已落实。${period(2022)}` } });
    assert.deepEqual(byRule(atEnd, 'statistics-period').map((x) => at(atEnd, x)), ['2022', '2022'], 'a period stated at the end is still checked');
  });
});

describe('required-content', () => {
  it('names the topics of 总体情况 that are missing (S1-1), matched by keyword', () => {
    const text = synthetic({ body: { 1: '（一）主动公开情况\n（二）依申请公开办理情况\n（三）机构建设情况' } });
    const [f] = byRule(text, 'required-content');
    assert.equal(at(text, f), '一、总体情况');
    assert.match(f.message.zh, /^「总体情况」未涉及：政府信息管理、政府信息公开平台建设、监督保障/);
  });

  it('reports an empty, bare 无 or too short part 五 (S5-1)', () => {
    assert.match(byRule(synthetic({ body: { 5: '无。' } }), 'required-content')[0].message.zh, /只写了「无。」/);
    assert.match(byRule(synthetic({ body: { 5: '' } }), 'required-content')[0].message.zh, /尚无内容/);
    assert.equal(byRule(synthetic({ body: { 5: '问题不多。' } }), 'required-content').length, 1);
  });

  it('asks a 2021-format part 六 for the fees (S6-1) and the recommended items (S6-2), but not a 2019 one', () => {
    const body = { 6: '本年度开展了政务公开创新工作。' };
    const [f] = byRule(synthetic({ year: 2023, body }), 'required-content');
    assert.equal(f.message.zh, '2021年版格式的第六部分未说明：信息处理费收取情况、年度政务公开工作要点落实情况、人大代表建议和政协提案办理结果公开情况');
    assert.deepEqual(byRule(synthetic({ year: 2020, body: { 6: '无。' } }), 'required-content'), []);
  });

  it('is silent on a complete report', () => {
    assert.deepEqual(byRule(synthetic(), 'required-content'), []);
  });
});
