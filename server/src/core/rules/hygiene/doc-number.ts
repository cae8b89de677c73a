import { msg } from '../../i18n';
import { defineRule } from '../types';
import { DocNumberProblem, docNumbersOf } from './doc-numbers';
import { mapped } from '../../arrays';

const PROBLEM: Record<DocNumberProblem, { zh: string; en: string }> = {
  brackets: { zh: '年份应用六角括号“〔〕”', en: 'the year goes in tortoise-shell brackets 〔〕' },
  year: { zh: '年份应标全称（四位）', en: 'the year is written in full (four digits)' },
  ordinal: { zh: '发文顺序号不加“第”字', en: 'the sequence number takes no 第' },
  'leading-zero': { zh: '发文顺序号不编虚位', en: 'the sequence number has no leading zeros' },
  'missing-hao': { zh: '顺序号后应加“号”', en: 'the sequence number ends with 号' },
  spaces: { zh: '字号内不留空格', en: 'no spaces inside the number' },
};

export default defineRule({
  meta: {
    id: 'doc-number',
    description: msg(
      '发文字号格式（GB/T 9704-2012）：年份标全称并用六角括号“〔〕”，顺序号不加“第”、不编虚位，后加“号”',
      'Document numbers (GB/T 9704-2012): the full year in 〔〕, the sequence number without 第 or leading zeros, followed by 号',
    ),
    defaultSeverity: 'warning',
    fixable: true,
    appliesTo: ['annual-report', 'work-plan'],
  },
  check(ctx) {
    for (const d of docNumbersOf(ctx.model)) {
      if (!d.problems.length) continue;
      const written = d.text.trim();
      const zh = mapped(d.problems, (p) => PROBLEM[p].zh).join('；');
      const en = mapped(d.problems, (p) => PROBLEM[p].en).join('; ');
      ctx.report({
        range: d.range,
        message: d.fixed
          ? msg(`发文字号「${written}」应写作「${d.fixed}」：${zh}`, `Document number "${written}" should be written "${d.fixed}": ${en}`)
          : msg(`发文字号「${written}」格式不对：${zh}`, `Document number "${written}" is malformed: ${en}`),
        fix: d.fixed ? { title: msg(`改为「${d.fixed}」`, `Change to "${d.fixed}"`), edits: [{ range: d.range, newText: d.fixed }] } : undefined,
      });
    }
  },
});
