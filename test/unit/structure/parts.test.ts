import { strict as assert } from 'assert';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { Finding } from '../../../server/src/core/rules/types';
import { byRule } from '../../helpers/lint';
import { synthetic } from './synthetic';

const at = (text: string, f: Finding) => text.slice(f.range.start, f.range.end);

describe('part-order', () => {
  it('reports a part that comes after a later one, and a part that appears twice, without a fix', () => {
    const swapped = synthetic({ heading: { 4: '五、存在的主要问题及改进情况', 5: '四、政府信息公开行政复议、行政诉讼情况' }, body: { 4: '（一）存在问题。问题。\n（二）改进措施。措施。', 5: '本年度无行政复议。' } });
    const order = byRule(swapped, 'part-order');
    assert.equal(order.length, 1);
    assert.equal(at(swapped, order[0]), '四、政府信息公开行政复议、行政诉讼情况');
    assert.equal(order[0].message.zh, '第四部分「四、政府信息公开行政复议、行政诉讼情况」应在第五部分「五、存在的主要问题及改进情况」之前');
    assert.equal(order[0].fix, undefined);

    const twice = synthetic({ heading: { 6: '五、存在的主要问题及改进情况' } });
    const dup = byRule(twice, 'part-order');
    assert.deepEqual(dup.map((f) => f.message.zh), ['第五部分「五、存在的主要问题及改进情况」重复出现']);
  });

  it('is silent on a report in order', () => {
    assert.deepEqual(byRule(synthetic(), 'part-order'), []);
  });
});

describe('part-title', () => {
  it('offers the template title for a non-standard one, editing only the title', () => {
    const text = synthetic({ heading: { 5: '五、存在问题及改进措施' } });
    const [f] = byRule(text, 'part-title');
    assert.equal(f.message.zh, '标题「存在问题及改进措施」不是模板标题，应为「五、存在的主要问题及改进情况」');
    assert.equal(text.slice(f.fix!.edits[0].range.start, f.fix!.edits[0].range.end), '存在问题及改进措施');
    assert.match(applyEdits(text, f.fix!.edits), /\n五、存在的主要问题及改进情况\n/);
  });

  it('accepts the variants of domain §2.2 unless the rule is raised to error', () => {
    const text = synthetic({ heading: { 4: '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', 5: '五、政府信息公开工作存在的主要问题及改进情况' } });
    assert.deepEqual(byRule(text, 'part-title'), []);
    const strict = byRule(text, 'part-title', { rules: { 'part-title': 'error' } });
    assert.equal(strict.length, 2);
    assert.match(strict[0].message.zh, /是可接受的变体，模板标题为「四、政府信息公开行政复议、行政诉讼情况」/);
    assert.equal(strict[0].severity, 'error');
  });

  it('treats 和/及/、 alike and ignores spacing', () => {
    const text = synthetic({ heading: { 4: '  四、政府信息公开行政复议及行政诉讼情况' } });
    assert.deepEqual(byRule(text, 'part-title'), []);
  });

  it('renumbers a part whose numeral is wrong, and gives no title fix for a heading that runs on', () => {
    const text = synthetic({ heading: { 6: '七、其他需要报告的事项' } });
    const [f] = byRule(text, 'part-title');
    assert.equal(f.message.zh, '「其他需要报告的事项」是第六部分，编号应为「六、」');
    assert.equal(applyEdits(text, f.fix!.edits).includes('\n六、其他需要报告的事项\n'), true);

    const runOn = synthetic({ heading: { 6: '六、需要报告的其他事项包括下列内容' + '甲'.repeat(40) } });
    const [g] = byRule(runOn, 'part-title');
    assert.equal(g.fix, undefined);
  });
});

describe('preamble-parts', () => {
  const LIST = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况';
  const preamble = (list: string, count = '六') => `本报告全文由${list}${count}个部分组成。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。`;

  it('is silent when the list and the headings agree in standard wordings', () => {
    assert.deepEqual(byRule(synthetic({ preamble: preamble(`${LIST}、其他需要报告事项`) }), 'preamble-parts'), []);
    // "…改进情况和其他需要报告事项" is two items joined by 和 (zibo-hitech-2021's wording).
    const joined = `报告主要包括：${LIST}和其他需要报告事项。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。`;
    assert.deepEqual(byRule(synthetic({ preamble: joined }), 'preamble-parts'), []);
  });

  it('reports a wording that disagrees, a part the headings lack, and a count that does not fit', () => {
    const text = synthetic({ preamble: preamble(`${LIST}、其他需要报告的事项`), heading: { 6: '六、需要报告的其他事项' } });
    const [f] = byRule(text, 'preamble-parts');
    assert.equal(at(text, f), `${LIST}、其他需要报告的事项`);
    assert.match(f.message.zh, /序言作「其他需要报告的事项」，正文标题为「六、需要报告的其他事项」/);

    const short = synthetic({ preamble: preamble(LIST, '五'), heading: { 3: null } });
    const [g] = byRule(short, 'preamble-parts');
    assert.match(g.message.zh, /序言列出的「收到和处理政府信息公开申请情况」在正文中没有对应的部分/);
    assert.match(g.message.zh, /正文的「六、其他需要报告的事项」未在序言中列出/);

    const counted = byRule(synthetic({ preamble: preamble(`${LIST}、其他需要报告的事项`, '五') }), 'preamble-parts');
    assert.equal(counted[0].message.zh, '序言所列部分与正文不一致：序言称5个部分，却列出6个');
  });

  it('ignores a preamble without a list of parts', () => {
    assert.deepEqual(byRule(synthetic({ preamble: '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。' }), 'preamble-parts'), []);
  });
});
