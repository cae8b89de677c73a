import { strict as assert } from 'assert';
import { hoverAt } from '../../../server/src/core/features/hover';
import { parseReport } from '../../../server/src/core/model/build';
import { CORPUS, corpusText } from '../../helpers/corpus';

/** Hover at the first character of `needle` (plus `skip`) in a corpus report. */
function hover(name: string, needle: string, skip = 0) {
  const text = corpusText(name);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const h = hoverAt(parseReport(text), at + skip);
  return h && { ...h, text: text.slice(h.range.start, h.range.end) };
}

describe('hover on prose numbers', () => {
  it('a share shows each base with its computation, and the rounded figure it should be', () => {
    const h = hover(CORPUS.linziOffice2024, '42.85%')!;
    assert.equal(h.text, '42.85');
    assert.match(h.markdown.zh, /答复总数 14：6 ÷ 14 = 42.857% → 42.86% ✗（截断）/);
    assert.match(h.markdown.zh, /应为 \*\*42.86%\*\*/);
    assert.match(h.markdown.en, /requests answered, 14: 6 ÷ 14 = 42.857% → 42.86% ✗ \(truncated\)/);
  });

  it('a subtotal shows its rows and columns and the sum', () => {
    const h = hover(CORPUS.linzi2020, '不予公开8件', 4)!;
    assert.equal(h.text, '8');
    assert.match(h.markdown.zh, /表三「不予公开（小计）」= \*\*1\+7 = 8\*\*/);
    assert.match(h.markdown.zh, /「不予公开·属于国家秘密」行「总计」列：1\n- 「不予公开·属于行政执法案卷」行「总计」列：7/);
    assert.match(h.markdown.zh, /✓ 与表格一致/);
  });

  it('a 表四 figure names its column; a missing table is said to be missing', () => {
    assert.match(hover(CORPUS.linzi2020, '直接被提起行政诉讼共5件', 10)!.markdown.zh, /「未经复议直接起诉·总计」列：5/);
    assert.match(hover(CORPUS.sishui2020, '行政复议13件', 4)!.markdown.zh, /表四没有数据行/);
  });

  it('a 同比 figure shows the implied previous count and its computation', () => {
    assert.match(hover(CORPUS.linziOffice2024, '55.55%')!.markdown.zh, /上年 27件：\(27 − 12\) ÷ 27 = 55.556% → 55.56%（截断才得到文中数字）/);
    assert.match(hover(CORPUS.zibo2021, '58%')!.markdown.en, /last year 31: \(49 − 31\) ÷ 31 = 58.1% → 58%/);
  });

  it('a claim shows the cells it pins', () => {
    const h = hover(CORPUS.zibo2021, '均为自然人', 1)!;
    assert.equal(h.text, '均为自然人');
    assert.match(h.markdown.zh, /自然人 49，总计 49 ✓/);
  });

  it('nothing on numbers that restate no table figure, on tables, or in the work plan', () => {
    assert.equal(hover(CORPUS.linziOffice2024, '594条'), undefined);
    assert.equal(hover(CORPUS.linzi2020, '〔2019〕60号', 7), undefined);
    const text = corpusText(CORPUS.workPlan);
    assert.equal(hoverAt(parseReport(text), text.indexOf('2021')), undefined);
  });
});
