import { msg } from '../../i18n';
import { ReportModel } from '../../model/types';
import { quantityText, relatedOf, TABLE_SHORT, tableConsistent } from '../../prose/describe';
import { ClaimMention, CountMention, extractMentions } from '../../prose/mentions';
import { Quantity } from '../../prose/quantities';
import { RelatedLocation, RuleContext, defineRule } from '../types';
import { mapped } from '../../arrays';

/** Where the table that should hold the figure is (or should be): its range, else its part's heading. */
function missingTable(model: ReportModel, q: Quantity): RelatedLocation | undefined {
  const t = TABLE_SHORT[q.table];
  if (q.source) return { range: q.source.range, message: msg(`${t.zh}没有数据行`, `${t.en} has no data row`) };
  const part = model.parts.find((p) => p.template?.table === q.table);
  return part ? { range: part.heading.titleRange, message: msg(`本部分缺少${t.zh}`, `this part has no ${t.en}`) } : undefined;
}

function checkCount(ctx: RuleContext, m: CountMention): void {
  const q = m.quantity;
  // A reading the report may legitimately mean is accepted (收到申请 = 新收, or 新收 + 上年结转).
  if (q.status === 'ok' && (q.value === m.value || m.alternatives.some((r) => r.value === m.value))) return;
  const phrase = ctx.model.text.slice(m.phraseRange.start, m.phraseRange.end);
  const t = TABLE_SHORT[q.table];
  if (q.status === 'no-data' || q.status === 'no-table') {
    const where = missingTable(ctx.model, q);
    if (!where) return;
    ctx.report({
      range: m.range,
      message: msg(
        `正文「${phrase}」${m.value}件应见于${t.zh}「${q.name.zh}」，但${t.zh}没有数据`,
        `The prose gives ${m.value} for “${phrase}” (${q.name.en}), but ${t.en} has no data`,
      ),
      related: [where],
    });
    return;
  }
  if (q.status !== 'ok') return;
  const table = quantityText(q);
  const alt = mapped(m.alternatives.filter((a) => a.status === 'ok'), quantityText);
  const certain = tableConsistent(ctx.model, q.source);
  ctx.report({
    range: m.range,
    message: msg(
      `正文「${phrase}」${m.value}件与表格不符：${table.zh}${mapped(alt, (a) => `；${a.zh}`).join('')}`,
      `The prose gives ${m.value} for “${phrase}”, but ${table.en}${mapped(alt, (a) => `; ${a.en}`).join('')}`,
    ),
    related: relatedOf(q),
    fix: certain ? { title: msg(`改为 ${q.value}（表格值）`, `Change to ${q.value} (table value)`), edits: [{ range: m.range, newText: String(q.value) }] } : undefined,
  });
}

function checkClaim(ctx: RuleContext, c: ClaimMention): void {
  if (c.quantities.some((q) => q.status !== 'ok')) return;
  const phrase = ctx.model.text.slice(c.range.start, c.range.end);
  if (c.key === 'allNaturalPerson') {
    const [natural, total] = c.quantities;
    if (natural.value === total.value) return;
    ctx.report({
      range: c.range,
      // T3-6 is a warning in the domain: the wording may be loose rather than the table wrong.
      severity: 'warning',
      message: msg(
        `正文称「${phrase}」，但表三本年新收：自然人 ${natural.value}，总计 ${total.value}`,
        `The prose says all applicants were natural persons (“${phrase}”), but table 3 has ${natural.value} of ${total.value} new requests from natural persons`,
      ),
      related: [...relatedOf(natural), ...relatedOf(total)],
    });
    return;
  }
  const nonZero = c.quantities.filter((q) => q.value !== 0);
  if (!nonZero.length) return;
  // Name the totals when they are not zero; a total of 0 with outcomes that are not is the table rules' business.
  const shown = nonZero.filter((q) => q.key.endsWith('.total'));
  const list = (shown.length ? shown : nonZero).slice(0, 3);
  ctx.report({
    range: c.range,
    message: msg(
      `正文称「${phrase}」，但${mapped(list, (q) => quantityText(q).zh).join('，')}`,
      `The prose says “${phrase}” (none), but ${mapped(list, (q) => quantityText(q).en).join(', ')}`,
    ),
    related: list.flatMap(relatedOf),
  });
}

export default defineRule({
  meta: {
    id: 'prose-table-mismatch',
    description: msg(
      '正文中复述表格的数字（收到申请、办理结果、结转、复议诉讼、现行有效规范性文件……）须与表格一致（TXT-1、T3-6、XP-3）',
      'Numbers in the prose that restate the tables (requests, results, carry-overs, reviews and lawsuits, documents in force…) must equal them (TXT-1, T3-6, XP-3)',
    ),
    defaultSeverity: 'error',
    fixable: true,
    implements: ['TXT-1', 'T3-6', 'T4-4', 'XP-3'],
  },
  check(ctx) {
    const mentions = extractMentions(ctx.model);
    for (const m of mentions.counts) checkCount(ctx, m);
    for (const c of mentions.claims) checkClaim(ctx, c);
  },
});
