import { msg } from '../../i18n';
import { ReportModel } from '../../model/types';
import { TextRange } from '../../text/range';
import { defineRule } from '../types';

const STATEMENT = /(?:数据)?统计(?:期限|时限|时间|区间|周期|范围)/;
const YEAR = /((?:19|20)\d{2})(?=\s*年)/g;
const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;

/** Where a finding about the whole report is shown: the title, else the first line with text. */
function reportAnchor(model: ReportModel): TextRange {
  if (model.title) return model.title.ranges[0];
  const line = model.lines.lines.find((l) => l.text.trim() !== '');
  if (!line) return { start: 0, end: 0 };
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
}

export default defineRule({
  meta: {
    id: 'statistics-period',
    description: msg(
      '序言须说明数据统计期限，且其年份与报告年度一致（PRE-1）',
      'The preamble states the statistics period, in the report year (PRE-1)',
    ),
    defaultSeverity: 'error',
    fixable: true,
    implements: ['PRE-1'],
  },
  check(ctx) {
    const { model } = ctx;
    // The statement belongs in the preamble, but a report that gives it elsewhere still states it.
    const { text } = model;
    const m = STATEMENT.exec(text);
    if (!m) {
      ctx.report({
        range: reportAnchor(model),
        severity: 'warning',
        message: msg('报告没有说明数据统计期限（序言中应写明，如“本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止”）', 'The report does not state the statistics period (the preamble should, e.g. "data cover 1 January to 31 December 2024")'),
      });
      return;
    }
    if (model.year === undefined) return;
    // The statement runs to the end of its sentence.
    const stop = text.indexOf('。', m.index);
    const limit = Math.min(text.length, m.index + 80);
    const sentence = text.slice(m.index, stop < 0 ? limit : Math.min(stop, limit));
    // Only a year read from the title is independent of this sentence, and so makes the fix certain.
    const titleYear = model.title ? TITLE_YEAR.exec(model.title.text)?.[1] : undefined;
    // An exec loop rather than `matchAll`, whose iterator is slow to start on a cold check.
    YEAR.lastIndex = 0;
    for (let y = YEAR.exec(sentence); y; y = YEAR.exec(sentence)) {
      if (Number(y[1]) === model.year) continue;
      const start = m.index + y.index;
      const range = { start, end: start + 4 };
      ctx.report({
        range,
        message: msg(`统计期限写的是${y[1]}年，报告年度是${model.year}年`, `The statistics period says ${y[1]}; the report is for ${model.year}`),
        fix: titleYear === String(model.year) ? { title: msg(`改为${model.year}`, `Change to ${model.year}`), edits: [{ range, newText: String(model.year) }] } : undefined,
      });
    }
  },
});
