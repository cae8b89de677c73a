import { strict as assert } from 'assert';
import { byRule } from '../../helpers/lint';
import { covered, fixedAll, report } from './helpers';

describe('date-format', () => {
  it('drops the leading zeros of month and day, in the signature and in the text', () => {
    const text = report('于2021年03月启用新平台。', '测试区人民政府办公室', '2021年06月01日');
    assert.deepEqual(covered(text, 'date-format'), ['2021年03月', '2021年06月01日']);
    assert.equal(byRule(text, 'date-format')[0].severity, 'information');
    assert.equal(fixedAll(text, 'date-format'), report('于2021年3月启用新平台。', '测试区人民政府办公室', '2021年6月1日'));
  });

  it('rewrites a signature date written with dots, hyphens or Chinese numerals', () => {
    const text = report('测试区人民政府办公室', '          2021.6.21', '', '2022-01-15', '', '二〇二一年六月二十一日');
    assert.deepEqual(covered(text, 'date-format'), ['2021.6.21', '2022-01-15', '二〇二一年六月二十一日']);
    assert.equal(fixedAll(text, 'date-format'), report('测试区人民政府办公室', '          2021年6月21日', '', '2022年1月15日', '', '2021年6月21日'));
  });

  it('leaves correct dates, impossible dates, decimals and version numbers alone', () => {
    const text = report('统计期限自2021年1月1日起至2021年12月31日止。', '增长2021.6个百分点。', '2021.13.40', '2021年6月21日');
    assert.deepEqual(covered(text, 'date-format'), []);
  });
});
