import { msg } from '../../i18n';
import { ReportModel } from '../../model/types';
import { templateRows, writeTable } from '../../tables/write';
import { PARTS, PartTemplate } from '../../templates';
import { partBody } from '../../templates/part-body';
import { TextRange } from '../../text/range';
import { defineRule, Fix } from '../types';
import { contentEnd, eolOf, partName, partsByNumber, standardHeading } from './common';

interface Placement {
  /** where the finding is shown */
  readonly range: TextRange;
  /** where the part is inserted */
  readonly at: number;
  /** inserting after the last part rather than before a following one */
  readonly atEnd: boolean;
}

/** Before the first part that should follow this one; else after the last part; else at the end. */
function placement(model: ReportModel, missing: PartTemplate): Placement {
  const next = model.parts.find((p) => p.template && p.template.number > missing.number);
  if (next) return { range: next.heading.titleRange, at: next.heading.lineRange.start, atEnd: false };
  const last = model.parts[model.parts.length - 1];
  const at = last ? last.range.end : contentEnd(model.text);
  return { range: last ? last.heading.titleRange : { start: at, end: at }, at, atEnd: true };
}

/**
 * The heading, and for 二/三/四 the complete zero-filled table of the detected format, written in the
 * layout the document's other tables use, so that the inserted table passes every table rule. A table
 * of that kind already standing where the part belongs (only its heading was lost) gets its heading back
 * instead of a second table.
 */
function insertion(model: ReportModel, missing: PartTemplate, where: Placement): Fix {
  const eol = eolOf(model.text);
  const heading = standardHeading(missing);
  const kind = missing.table;
  const prevPart = [...model.parts].reverse().find((p) => p.template && p.template.number < missing.number);
  const from = prevPart ? prevPart.heading.lineRange.end : 0;
  const existing = kind ? model.tables.find((t) => t.kind === kind) : undefined;
  if (existing && existing.range.start >= from && existing.range.start <= where.at) {
    const lineStart = model.lines.lineAt(existing.range.start).start;
    return {
      title: msg(`在${existing.kind ? model.format.template.tables[existing.kind].name.zh : '表格'}前插入标题「${heading}」`, `Insert the heading "${heading}" before the table`),
      edits: [{ range: { start: lineStart, end: lineStart }, newText: heading + eol + eol }],
    };
  }
  const blocks = [heading];
  const body = partBody(missing, model.format.template.id, eol);
  // The standard sub-items, with a line saying what to write: the part's structure is certain, its content is the user's.
  if (body) blocks[0] = heading + eol + body;
  if (kind && !existing) {
    const layout = model.tables.find((t) => t.kind)?.layout ?? 'word';
    blocks.push(writeTable(model.format.template, templateRows(kind, model.format.template), { layout, eol }));
  }
  const text = blocks.join(eol + eol);
  const newText = where.atEnd ? eol + eol + text : text + eol + eol;
  const withTable = blocks.length > 1;
  const tableName = kind ? model.format.template.tables[kind].name : undefined;
  return {
    title: withTable
      ? msg(`插入「${heading}」及全零的${tableName!.zh.split(' ')[0]}`, `Insert "${heading}" with a zero-filled ${tableName!.en.split(':')[0]}`)
      : msg(`插入「${heading}」`, `Insert "${heading}"`),
    edits: [{ range: { start: where.at, end: where.at }, newText }],
  };
}

export default defineRule({
  meta: {
    id: 'missing-part',
    description: msg(
      '年报须有六个部分：总体情况、主动公开、依申请公开、复议诉讼、存在问题及改进、其他事项（STR-1）',
      'An annual report has all six parts: summary, proactive disclosure, requests, reviews and lawsuits, problems and improvements, other matters (STR-1)',
    ),
    defaultSeverity: 'error',
    fixable: true,
    implements: ['STR-1'],
  },
  check(ctx) {
    const { model } = ctx;
    // A report titled as such but with no parts yet gets all six: fix-all then writes the skeleton.
    const present = partsByNumber(model);
    for (const p of PARTS) {
      if (present.has(p.number)) continue;
      const where = placement(model, p);
      const name = partName(p);
      ctx.report({
        range: where.range,
        message: !where.atEnd
          ? msg(`缺少${name.zh}（应在此部分之前）`, `Missing ${name.en} (it belongs before this part)`)
          : msg(`缺少${name.zh}（应在此部分之后）`, `Missing ${name.en} (it belongs after this part)`),
        fix: insertion(model, p, where),
      });
    }
  },
});
