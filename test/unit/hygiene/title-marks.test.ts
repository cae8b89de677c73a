import { strict as assert } from 'assert';
import { byRule } from '../../helpers/lint';
import { covered, fixedAll, report, workPlan } from './helpers';

describe('title-marks', () => {
  it('flags <…> and ＜…＞ inside 《…》 and fixes them to 〈…〉', () => {
    const text = workPlan('按照《关于印发<测试方案>的通知》和《关于转发＜某办法＞的通知》要求。');
    assert.deepEqual(covered(text, 'title-marks'), ['<测试方案>', '＜某办法＞']);
    assert.equal(byRule(text, 'title-marks')[0].severity, 'warning');
    assert.equal(fixedAll(text, 'title-marks'), workPlan('按照《关于印发〈测试方案〉的通知》和《关于转发〈某办法〉的通知》要求。'));
  });

  it('flags a double title mark nested in a title', () => {
    const text = report('根据《国务院办公厅关于印发《年度报告格式》的通知》编制。');
    assert.deepEqual(covered(text, 'title-marks'), ['《年度报告格式》']);
    assert.equal(fixedAll(text, 'title-marks'), report('根据《国务院办公厅关于印发〈年度报告格式〉的通知》编制。'));
  });

  it('leaves correct nesting, titles side by side, comparisons and an unclosed title alone', () => {
    const text = report('根据《关于印发〈格式〉的通知》和《条例》、《办法》。', '比例 a<b 且 c>d。', '见《通知《办法》。', '《未闭合<标题>');
    assert.deepEqual(covered(text, 'title-marks'), []);
  });
});
