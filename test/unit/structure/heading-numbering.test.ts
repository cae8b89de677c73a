import { strict as assert } from 'assert';
import { fixText } from '../../../server/src/core/lint';
import { STRUCTURE_RULES } from '../../../server/src/core/rules/structure';
import { Finding } from '../../../server/src/core/rules/types';
import { byRule } from '../../helpers/lint';
import { synthetic } from './synthetic';

const PLAN_TITLE = '测试区2021年政务公开工作要点\n\n';
const numbering = (text: string) => byRule(text, 'heading-numbering');
const at = (text: string, f: Finding) => text.slice(f.range.start, f.range.end);

/** A report whose part 一 body is the given lines. */
const withSummary = (...lines: string[]) => synthetic({ body: { 1: lines.join('\n') } });

describe('heading-numbering', () => {
  it('fixes the wrong marker forms of every level (GB-1), keeping the number as written', () => {
    const text = withSummary(
      '(一)主动公开。内容。',
      '1、推进决策公开',
      '(1)持续推进预公开',
      '（2）、常态化公开会议',
      '（二）、依申请公开。内容。',
      '１.政府信息管理',
      '（三）平台建设。监督保障。',
    );
    const h = numbering(text);
    assert.deepEqual(h.map((f) => [at(text, f), f.fix?.edits[0].newText]), [
      ['(一)', '（一）'],
      ['1、', '1.'],
      ['(1)', '（1）'],
      ['（2）、', '（2）'],
      ['（二）、', '（二）'],
      ['１.', '1.'],
    ]);
    assert.equal(h[0].message.zh, '标题序号「(一)」应写作「（一）」（第2层用“（一）”）');
    const fixed = fixText(text, { ruleSet: STRUCTURE_RULES }).text;
    assert.deepEqual(numbering(fixed), []);
    assert.match(fixed, /（一）主动公开。内容。\n1\.推进决策公开\n（1）持续推进预公开\n（2）常态化公开会议\n（二）依申请公开/);
  });

  it('fixes level 1 forms in a work plan and keeps a full-width level-3 stop when the document uses it', () => {
    const text = `${PLAN_TITLE}一.总体要求\n（一）规范管理\n1．第一项\n2．第二项\n3、第三项\n二、重点任务\n（二）加强解读\n`;
    const h = numbering(text);
    assert.deepEqual(h.map((f) => [at(text, f), f.fix?.edits[0].newText]), [
      ['一.', '一、'],
      ['3、', '3．'],
    ]);
  });

  it('reports gaps, duplicates, restarts and a wrong start, with no fix (GB-3)', () => {
    const text = withSummary('（一）主动公开', '（二）依申请公开', '（四）政府信息管理', '（四）平台建设', '（二）监督保障');
    const h = numbering(text);
    assert.deepEqual(h.map((f) => f.message.zh), [
      '「（二）」之后是「（四）」，缺少「（三）」',
      '编号「（四）」与上一个同级标题重复',
      '编号从「（四）」回到「（二）」，同一层级内应连续编号',
    ]);
    assert.ok(h.every((f) => !f.fix && f.related?.length === 1));
    const late = numbering(withSummary('（二）主动公开', '（三）依申请公开、政府信息管理、平台建设、监督保障'));
    assert.deepEqual(late.map((f) => f.message.zh), ['编号应从「（一）」开始，此处为「（二）」']);
  });

  it('restarts under each parent, or runs straight through the parents as in a 工作要点 (not both)', () => {
    const restart = `${PLAN_TITLE}一、甲\n（一）子一\n（二）子二\n二、乙\n（一）子一\n（二）子二\n三、丙\n（一）子一\n`;
    assert.deepEqual(numbering(restart), []);
    const straight = `${PLAN_TITLE}一、甲\n（一）子一\n（二）子二\n二、乙\n（三）子三\n三、丙\n（四）子四\n（五）子五\n`;
    assert.deepEqual(numbering(straight), []);
    const gapInStraight = straight.replace('（四）子四\n（五）子五', '（四）子四\n（六）子六');
    assert.deepEqual(numbering(gapInStraight).map((f) => f.message.zh), ['「（四）」之后是「（六）」，缺少「（五）」']);
    const mixed = `${PLAN_TITLE}一、甲\n（一）子一\n（二）子二\n二、乙\n（三）子三\n三、丙\n（一）子一\n`;
    assert.deepEqual(numbering(mixed).map((f) => f.message.zh), ['编号应从「（一）」开始，此处为「（三）」']);
  });

  it('reports a skipped level once per run of children (GB-2)', () => {
    const text = withSummary('（一）主动公开', '（1）重大决策预公开', '（2）政府会议', '（二）依申请公开、政府信息管理、平台建设、监督保障', '1.第一项', '（1）细项');
    const h = numbering(text);
    assert.deepEqual(h.map((f) => at(text, f)), ['（1）重大决策预公开']);
    assert.equal(h[0].message.zh, '「（1）」直接出现在「（一）主动公开」之下，跳过了“1.”一级（层级依次为“一、”“（一）”“1.”“（1）”）');
  });

  it('leaves the numbering of an annual report\'s parts to missing-part and part-order', () => {
    assert.deepEqual(numbering(synthetic({ heading: { 3: null } })), []);
    assert.equal(numbering(`${PLAN_TITLE}一、甲\n三、丙\n`).length, 1);
  });
});
