import { msg } from '../../i18n';
import { ReportModel } from '../../model/types';
import { formatById, FormatId, FORMATS } from '../../templates';
import { defineRule } from '../types';

/** 国办公开办函〔2019〕60号 / 〔2021〕30号, as cited in the 编制依据 (domain §1, FMT-3). */
const NOTICE = /国办公开办函\s*[〔［\[【(（]\s*((?:19|20)\d{2})\s*[〕］\]】)）]\s*(\d{1,3})\s*号/g;

function citedFormat(year: string, no: string): FormatId | undefined {
  return FORMATS.find((f) => f.notice === `国办公开办函〔${year}〕${no}号`)?.id;
}

/** The text before the first part: the 编制依据 sits in the preamble (or the title block). */
function head(model: ReportModel): string {
  return model.text.slice(0, model.parts[0]?.heading.lineRange.start ?? Math.min(model.text.length, 4000));
}

export default defineRule({
  meta: {
    id: 'format-mismatch',
    description: msg(
      '表格格式须与报告年度相符：2019、2020年度用2019年版格式（60号），2021年度起用2021年版格式（30号）（FMT-1；编制依据引用另一份通知时提示，FMT-3）',
      'The table format fits the report year: 2019 format (No. 60) for 2019–2020, 2021 format (No. 30) from 2021 (FMT-1; information when the basis cites the other notice, FMT-3)',
    ),
    defaultSeverity: 'error',
    fixable: false,
    implements: ['FMT-1', 'FMT-3'],
  },
  check(ctx) {
    const { model } = ctx;
    const { byYear, byActiveTable } = model.format;
    if (!byYear) return;
    const expected = formatById(byYear);
    const table = model.tableOf('active');
    // FMT-1 reads 表二, where the two formats differ in every section; a single 2019 row in 表三 of a
    // 2021 report is table-shape's FMT-2 finding.
    if (table && byActiveTable && byActiveTable !== byYear) {
      const used = formatById(byActiveTable);
      const first = model.lines.lineAt(table.range.start);
      ctx.report({
        range: { start: table.range.start, end: Math.min(first.end, table.range.end) },
        message: msg(
          `表二使用的是${used.name.zh}，${model.year}年度报告应使用${expected.name.zh}`,
          `Table 2 uses the ${used.name.en}; a report for ${model.year} uses the ${expected.name.en}`,
        ),
      });
    }
    const text = head(model);
    // An exec loop rather than `matchAll`, whose iterator is slow to start on a cold check.
    NOTICE.lastIndex = 0;
    for (let m = NOTICE.exec(text); m; m = NOTICE.exec(text)) {
      const cited = citedFormat(m[1], m[2]);
      if (!cited || cited === byYear) continue;
      const start = m.index;
      ctx.report({
        range: { start, end: start + m[0].length },
        severity: 'information',
        message: msg(
          `编制依据引用了${formatById(cited).notice}，${model.year}年度报告的格式依据是${expected.notice}`,
          `The basis cites ${formatById(cited).notice}; the format of a ${model.year} report is set by ${expected.notice}`,
        ),
      });
    }
  },
});
