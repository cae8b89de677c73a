import { msg } from '../../i18n';
import { ReportModel } from '../../model/types';
import { quantityLines } from '../../prose/quantity-lines';
import { defineRule, RuleContext } from '../types';
import { evaluate } from './evaluate';
import { findItemisations, Itemisation } from './itemise';
import { disagreements, Mention, readMentions } from './restated';
import { scan } from './scan';
import { mapped } from '../../arrays';

/** What one paragraph contributes: its itemisations and its mentions, in document offsets. */
export interface ParagraphReading {
  readonly itemisations: readonly Itemisation[];
  readonly mentions: readonly Mention[];
}

/**
 * Prose paragraphs are lines (domain §8.1); run-in headings carry their paragraph on the heading line.
 * A paragraph is the unit because an enumeration may follow its total in the next sentence ("…191件。其中，…").
 * Only the lines that may hold a quantity are read: a line without one holds neither a sum nor a mention.
 * Each is read in place in the document's text (see `scan`), so every offset read is a document offset.
 */
export function readParagraphs(model: ReportModel): ParagraphReading[] {
  return mapped(quantityLines(model), (line) => {
    const s = scan(model.text, line.start, line.end);
    const { itemisations, parts } = findItemisations(s);
    return { itemisations, mentions: readMentions(s, parts, model.year) };
  });
}

function reportSums(ctx: RuleContext, paragraphs: readonly ParagraphReading[]): void {
  for (const p of paragraphs) {
    for (const it of p.itemisations) {
      const problem = evaluate(it);
      if (problem) ctx.report({ range: problem.range, message: problem.message, severity: problem.severity, related: problem.related });
    }
  }
}

function reportRestatements(ctx: RuleContext, paragraphs: readonly ParagraphReading[]): void {
  // Scopes are parts: the same figure restated in another part is usually a different scope on purpose.
  const byPart = new Map<number, Mention[]>();
  for (const p of paragraphs) {
    for (const m of p.mentions) {
      const part = ctx.model.partOf(m.start)?.number ?? 0;
      const list = byPart.get(part);
      if (list) list.push(m);
      else byPart.set(part, [m]);
    }
  }
  for (const list of byPart.values()) {
    for (const { mention, anchor } of disagreements(list)) {
      const here = mention.q.digits + mention.q.unitText;
      const there = anchor.q.digits + anchor.q.unitText;
      const earlier = anchor.start < mention.start;
      const clause = ctx.model.text.slice(anchor.clauseRange.start, anchor.clauseRange.end);
      ctx.report({
        range: { start: mention.start, end: mention.end },
        severity: 'warning',
        message: msg(
          `同一部分中同一数量前后不一致：此处为${here}，${earlier ? '前文' : '后文'}“${clause}”为${there}（如统计口径不同，请写明）`,
          `The same quantity is given twice in this part: ${here} here, ${there} ${earlier ? 'earlier' : 'later'} in "${clause}" (state the scope if they differ)`,
        ),
        related: [{ range: { start: anchor.start, end: anchor.end }, message: msg(`此处为${there}`, `given as ${there} here`) }],
      });
    }
  }
}

export default defineRule({
  meta: {
    id: 'prose-sum',
    description: msg(
      '正文中列明分项的总数须等于各分项之和（约数不计，金额和百分比按四舍五入区间计算）；同一部分中同一数量前后应一致',
      'Totals itemised in the prose equal the sum of their parts (approximate figures excepted; amounts and percentages compared as rounding intervals); a quantity restated in the same part keeps its value',
    ),
    defaultSeverity: 'error',
    appliesTo: ['annual-report', 'work-plan'],
    // Either the total or a part may be wrong, so no edit is ever certain.
    fixable: false,
  },
  check(ctx) {
    const paragraphs = readParagraphs(ctx.model);
    reportSums(ctx, paragraphs);
    reportRestatements(ctx, paragraphs);
  },
});
