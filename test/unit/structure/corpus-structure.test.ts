import { strict as assert } from 'assert';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { fixText } from '../../../server/src/core/lint';
import { STRUCTURE_RULES } from '../../../server/src/core/rules/structure';
import { Finding } from '../../../server/src/core/rules/types';
import { ANNUAL_REPORTS, CORPUS, corpusText } from '../../helpers/corpus';
import { byRule, findings } from '../../helpers/lint';

const STRUCTURE = new Set(STRUCTURE_RULES.map((r) => r.meta.id));
const structural = (text: string) => findings(text).filter((f) => STRUCTURE.has(f.rule));
const at = (text: string, f: Finding) => text.slice(f.range.start, f.range.end);

describe('structure rules on the corpus', () => {
  it('linzi-district-2020: part-title on 六 with the fix to 六、其他需要报告的事项', () => {
    const text = corpusText(CORPUS.linzi2020);
    const [t] = byRule(text, 'part-title');
    assert.equal(at(text, t), '六、需要报告的其他事项');
    assert.equal(t.severity, 'warning');
    assert.equal(t.message.zh, '标题「需要报告的其他事项」不是模板标题，应为「六、其他需要报告的事项」');
    const fixed = applyEdits(text, t.fix!.edits);
    assert.match(fixed, /\n六、其他需要报告的事项\n/);
    assert.deepEqual(byRule(fixed, 'part-title'), []);
  });

  it('linzi-district-2020: preamble-parts names the disagreeing part 六', () => {
    const text = corpusText(CORPUS.linzi2020);
    const p = byRule(text, 'preamble-parts');
    assert.equal(p.length, 1);
    assert.match(at(text, p[0]), /^总体情况、主动公开政府信息情况.*其他需要报告的事项$/);
    assert.equal(p[0].message.zh, '序言所列部分与正文不一致：序言作「其他需要报告的事项」，正文标题为「六、需要报告的其他事项」');
    assert.equal(at(text, { ...p[0], range: p[0].related![0].range }), '六、需要报告的其他事项');
  });

  it('linzi-district-2020: heading-numbering for the four skipped levels, without fixes', () => {
    const text = corpusText(CORPUS.linzi2020);
    const h = byRule(text, 'heading-numbering');
    assert.deepEqual(
      h.map((f) => at(text, f).slice(0, 4)),
      ['（1）收', '（1）明', '（1）完', '1.存在'],
    );
    assert.ok(h.every((f) => !f.fix && /跳过了/.test(f.message.zh)));
    assert.match(h[3].message.zh, /「1.」直接出现在「五、存在的主要问题及改进情况」之下，跳过了“（一）”一级/);
  });

  it('linzi-office-2024: heading-numbering for (一)…(五) with fixes to （一）…（五）', () => {
    const text = corpusText(CORPUS.linziOffice2024);
    const h = byRule(text, 'heading-numbering');
    assert.deepEqual(h.map((f) => at(text, f)), ['(一)', '(二)', '(三)', '(四)', '(五)']);
    assert.deepEqual(h.map((f) => f.fix!.edits[0].newText), ['（一）', '（二）', '（三）', '（四）', '（五）']);
    const fixed = fixText(text, { ruleSet: STRUCTURE_RULES }).text;
    assert.deepEqual(byRule(fixed, 'heading-numbering'), []);
    assert.match(fixed, /\n（一）主动公开。/);
    assert.equal(fixed.length, text.length);
    const changed = fixed.split('').map((c, i) => (c === text[i] ? '' : `${text[i]}→${c}`)).filter(Boolean);
    assert.deepEqual(changed, Array(5).fill(['(→（', ')→）']).flat(), 'only the ten brackets change');
  });

  it('zibo-hitech-2021: required-content for part 六, naming the two missing items', () => {
    const text = corpusText(CORPUS.zibo2021);
    const r = byRule(text, 'required-content');
    assert.equal(r.length, 1);
    assert.equal(at(text, r[0]), '六、其他需要报告的事项');
    assert.equal(r[0].message.zh, '2021年版格式的第六部分未说明：年度政务公开工作要点落实情况、人大代表建议和政协提案办理结果公开情况');
  });

  it('gives exactly these structure findings and no missing-part, part-order, statistics-period or format-mismatch', () => {
    const expected: Record<string, string[]> = {
      [CORPUS.linzi2020]: ['heading-numbering', 'heading-numbering', 'heading-numbering', 'heading-numbering', 'part-title', 'preamble-parts'],
      [CORPUS.linziOffice2024]: Array(5).fill('heading-numbering'),
      [CORPUS.sishui2020]: [],
      [CORPUS.zibo2021]: ['required-content'],
    };
    for (const file of ANNUAL_REPORTS) {
      assert.deepEqual(structural(corpusText(file)).map((f) => f.rule).sort(), expected[file], file);
    }
  });

  it('the work plan (five parts, （一）…（二十六） straight through) has no numbering findings', () => {
    const text = corpusText(CORPUS.workPlan);
    assert.deepEqual(structural(text), []);
    // …while the same plan with a restart under 二、 would have one.
    const restarted = text.replace('（七）深化细化重要部署执行公开', '（一）深化细化重要部署执行公开');
    assert.notEqual(restarted, text);
    assert.ok(byRule(restarted, 'heading-numbering').length > 0);
  });
});
