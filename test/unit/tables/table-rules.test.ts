import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { fixText } from '../../../server/src/core/lint';
import { TABLE_RULES } from '../../../server/src/core/rules/tables';
import { formatById } from '../../../server/src/core/templates';
import { templateRows, writeTable } from '../../../server/src/core/tables/write';
import { byRule, findings, inLayout, LAYOUTS } from '../../helpers/lint';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/example-2023-annual-report.txt'), 'utf8');

/** A minimal synthetic 2021 report: six parts, zero-filled tables in the given layout. */
function skeleton(layout: 'word' | 'markdown' | 'tsv', edit?: (table3: string) => string): string {
  const f = formatById('2021');
  const t = (k: 'active' | 'requests' | 'appeals') => writeTable(f, templateRows(k, f), { layout });
  return [
    '测试区人民政府2023年政府信息公开工作年度报告',
    '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    '一、总体情况',
    '（一）主动公开。内容。',
    '二、主动公开政府信息情况',
    t('active'),
    '',
    '三、收到和处理政府信息公开申请情况',
    edit ? edit(t('requests')) : t('requests'),
    '',
    '四、政府信息公开行政复议、行政诉讼情况',
    t('appeals'),
    '',
    '五、存在的主要问题及改进情况',
    '存在问题和改进措施的说明。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '',
  ].join('\n');
}

describe('table rules on synthetic reports', () => {
  for (const layout of LAYOUTS) {
    it(`a zero-filled 2021 skeleton checks clean (${layout})`, () => {
      const text = skeleton(layout);
      const table = findings(text).filter((f) => /^(table-|missing-table|cell-value)/.test(f.rule));
      assert.deepEqual(table, []);
    });
  }

  it('the bundled example shows the arithmetic of its broken total and offers the certain fix', () => {
    const [total] = byRule(EXAMPLE, 'table-total');
    assert.equal(total.message.zh, '「本年新收」行「总计」列 应为 33（30+2+0+0+1+0），实为 34');
    assert.equal(total.message.en, 'row "new requests", column "total" should be 33 (30+2+0+0+1+0), found 34');
    assert.equal(total.fix?.title.zh, '总计改为 33');
    assert.equal(EXAMPLE.slice(total.range.start, total.range.end), '34');
  });

  it('table-balance reports both sides and points at the four cells, with no fix', () => {
    const [b] = byRule(EXAMPLE, 'table-balance');
    assert.match(b.message.zh, /「总计」列：本年新收 34 \+ 上年结转 3 = 37，不等于 办理结果总计 34 \+ 结转下年度继续办理 2 = 36/);
    assert.equal(b.related?.length, 4);
    assert.equal(b.fix, undefined);
  });

  it('cell-value flags "/" in a data cell', () => {
    const [c] = byRule(EXAMPLE, 'cell-value');
    assert.match(c.message.zh, /「行政规范性文件」行「现行有效件数」列/);
    assert.equal(c.severity, 'error');
  });

  it('cell-value flags blank cells, text, negatives and fractions in counts', () => {
    const text = skeleton('markdown', (t) =>
      t
        .replace('| 一、本年新收政府信息公开申请数量 | 0 | 0 |', '| 一、本年新收政府信息公开申请数量 |  | 约3 |')
        .replace('| 二、上年结转政府信息公开申请数量 | 0 | 0 |', '| 二、上年结转政府信息公开申请数量 | -1 | 1.5 |'),
    );
    const msgs = byRule(text, 'cell-value').map((f) => f.message.en);
    assert.equal(msgs.length, 4, msgs.join('\n'));
    assert.ok(msgs.some((m) => /Empty data cell/.test(m)));
    assert.ok(msgs.some((m) => /not a number/.test(m)));
    assert.ok(msgs.some((m) => /negative/.test(m)));
    assert.ok(msgs.some((m) => /whole number/.test(m)));
  });

  it('table-shape reports a missing row, an unknown row and a row with too few values', () => {
    const text = skeleton('markdown', (t) =>
      t
        .replace(/\| 三、本年度办理结果 \/ （三）不予公开 \/ 8\.属于行政查询事项 [^\n]*\n/, '')
        .replace('| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 五、其他说明 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'),
    );
    const msgs = byRule(text, 'table-shape').map((f) => f.message.zh);
    assert.ok(msgs.some((m) => /缺少行：不予公开·属于行政查询事项/.test(m)), msgs.join('\n'));
    assert.ok(msgs.some((m) => /无法识别的行/.test(m)), msgs.join('\n'));
    assert.ok(msgs.some((m) => /应有 7 个数值，实有 6 个/.test(m)), msgs.join('\n'));
  });

  it('missing-table when part 三 has no table at all', () => {
    const text = skeleton('word').replace(/三、收到和处理政府信息公开申请情况\n[\s\S]*?\n\n四、/, '三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n\n四、');
    const f = byRule(text, 'missing-table');
    assert.equal(f.length, 1);
    assert.match(f[0].message.zh, /缺少表三/);
  });

  it('fix-all with the table rules on the example reaches a fixpoint and changes only the broken total', () => {
    // Other rule families fix other faults of the example; this checks the table rules' fixes alone.
    const result = fixText(EXAMPLE, { ruleSet: TABLE_RULES });
    assert.ok(result.converged);
    const diff = [...result.text].findIndex((ch, i) => ch !== EXAMPLE[i]);
    const [total] = byRule(EXAMPLE, 'table-total');
    assert.ok(diff >= total.range.start && diff < total.range.end + 1);
    assert.equal(byRule(result.text, 'table-total').length, 0);
    assert.equal(applyEdits(EXAMPLE, total.fix!.edits).length, EXAMPLE.length);
  });

  it('keeps positions right with CRLF line breaks and an astral character before the table', () => {
    const text = EXAMPLE.replace('示例市', '𠀀示例市').replace(/\n/g, '\r\n');
    const [total] = byRule(text, 'table-total');
    assert.equal(text.slice(total.range.start, total.range.end), '34');
    assert.equal(inLayout(text, 'markdown').includes('\r\n|'), true);
  });
});
