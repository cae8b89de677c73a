import { msg } from '../../i18n';
import { CellRef, crossYearChecks, CrossYearCheck, PreviousFound, PreviousReport, previousReportOf } from '../../crossyear';
import { ReportModel } from '../../model/types';
import { TextRange } from '../../text/range';
import { defineRule, FindingInput, RelatedLocation } from '../types';
import { mapped } from '../../arrays';

const cellRange = (c: CellRef): TextRange => c.cell.valueRange ?? c.cell.range;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "185 − 116" rather than "185 + -116" */
const signed = (n: number) => (n < 0 ? `− ${-n}` : `+ ${n}`);

function inOther(prev: PreviousFound, c: CellRef): RelatedLocation {
  const range = cellRange(c);
  return {
    uri: prev.uri,
    range,
    position: prev.model.lines.rangeToPositions(range),
    message: msg(`上年报告（${prev.label}）${c.name.zh}：${c.shown}`, `Last year's report (${prev.label}), ${c.name.en}: ${c.shown}`),
  };
}

function inThis(c: CellRef): RelatedLocation {
  return { range: cellRange(c), message: msg(`${c.name.zh}：${c.shown}`, `${c.name.en}: ${c.shown}`) };
}

function describe(check: CrossYearCheck, prev: PreviousFound): FindingInput {
  const { target } = check;
  const file = prev.label;
  const related = [...mapped(check.previous, (c) => inOther(prev, c)), ...mapped(check.current, inThis)];
  const range = cellRange(target);
  if (check.id === 'X-1') {
    const [last] = check.previous;
    return {
      range,
      related,
      message: msg(
        `${target.name.zh}为 ${target.value}，而上年报告（${file}）「结转下年度继续办理」为 ${last.value}（X-1）`,
        `${cap(target.name.en)} is ${target.value}, but last year's report (${file}) carried ${last.value} forward (X-1)`,
      ),
    };
  }
  if (check.id === 'X-2') {
    const [last] = check.previous;
    const [made, repealed] = check.current;
    return {
      range,
      related,
      message: msg(
        `${target.name.zh}应为 ${check.expected}（上年报告（${file}）现行有效 ${last.value} + 本年制发 ${made.value} − 本年废止 ${repealed.value}），实为 ${target.value}（X-2）`,
        `${cap(target.name.en)} should be ${check.expected} (${last.value} in force in last year's report (${file}) + ${made.value} issued − ${repealed.value} repealed), found ${target.value} (X-2)`,
      ),
    };
  }
  const [items, delta] = check.previous;
  return {
    range,
    related,
    message: msg(
      `${target.name.zh}应为 ${check.expected}（上年报告（${file}）上一年项目数量 ${items.value} ${signed(delta.value)}），实为 ${target.value}（X-3）`,
      `${cap(target.name.en)} should be ${check.expected} (last year's report (${file}): ${items.value} items ${signed(delta.value)}), found ${target.value} (X-3)`,
    ),
  };
}

/** Where a remark about the report as a whole goes: the title, else the first line with text. */
function anchor(model: ReportModel): TextRange {
  if (model.title) return model.title.ranges[0];
  const line = model.lines.lines.find((l) => l.text.trim() !== '') ?? model.lines.lines[0];
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.end };
}

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function unresolved(model: ReportModel, p: Exclude<PreviousReport, PreviousFound>): FindingInput {
  const range = anchor(model);
  if (p.status === 'ambiguous') {
    const names = mapped(p.candidates, (c) => c.label);
    return {
      range,
      severity: 'information',
      message: msg(
        `有多份文件像是本机关上年的年报（${names.join('、')}），无法确定用哪一份，未作跨年度核对；可在设置 govReport.previousReport 中指定`,
        `Several files look like this agency's report for last year (${names.join(', ')}); none was used for the cross-year checks. Name one in the setting govReport.previousReport`,
      ),
      related: mapped(p.candidates, (c) => ({ uri: c.uri, range: { start: 0, end: 0 }, position: ZERO, message: msg('可能的上年报告', 'possible report for last year') })),
    };
  }
  const why =
    p.reason === 'missing'
      ? msg('不存在或无法读取', 'does not exist or cannot be read')
      : p.reason === 'not-report'
        ? msg('不是政府信息公开工作年度报告', 'is not an annual report')
        : msg(`是 ${p.year} 年的报告，不是 ${model.year! - 1} 年的`, `reports on ${p.year}, not ${model.year! - 1}`);
  return {
    range,
    severity: 'information',
    message: msg(
      `设置 govReport.previousReport 指定的上年报告（${p.label}）${why.zh}，未作跨年度核对`,
      `The previous report named by govReport.previousReport (${p.label}) ${why.en}; no cross-year check was made`,
    ),
  };
}

export default defineRule({
  meta: {
    id: 'cross-year',
    description: msg(
      '与本机关上年年报核对：上年结转 = 上年结转下年度继续办理（X-1）；现行有效件数接续（X-2）；上一年项目数量接续（X-3）；不跨 2020→2021 格式变化（X-5）',
      "Checks against the agency's report for last year: carried over = last year's carried forward (X-1); documents in force chain on (X-2); item counts chain on (X-3); never across the 2020→2021 format change (X-5)",
    ),
    defaultSeverity: 'warning',
    fixable: false,
    implements: ['X-1', 'X-2', 'X-3', 'X-5'],
  },
  check(ctx) {
    const previous = previousReportOf(ctx.others);
    if (!previous) return;
    if (previous.status !== 'found') {
      ctx.report(unresolved(ctx.model, previous));
      return;
    }
    for (const check of crossYearChecks(ctx.model, previous.model)) if (!check.holds) ctx.report(describe(check, previous));
  },
});
