import { Localized, msg } from '../../i18n';
import { DataRow, Table } from '../../model/types';
import { TextRange } from '../../text/range';
import { FormatTemplate } from '../../templates';
import { defineRule, FindingInput } from '../types';
import { rowName } from './describe';
import { mapped } from '../../arrays';

function labelOrRow(row: DataRow): TextRange {
  return row.labelRange ?? row.range;
}

function checkRows(table: Table, format: FormatTemplate, report: (f: FindingInput) => void) {
  const tpl = format.tables[table.kind!];
  const seen = new Map<string, DataRow>();
  for (const row of table.dataRows) {
    if (!row.template) {
      report({
        range: labelOrRow(row),
        message: msg(`无法识别的行「${row.label}」，不在${format.name.zh}的${tpl.name.zh}中`, `Unrecognised row "${row.label}": not in ${tpl.name.en} of the ${format.name.en}`),
      });
      continue;
    }
    if (row.otherFormat) {
      const other = row.otherFormat === '2019' ? '2019' : '2021';
      report({
        range: labelOrRow(row),
        message: msg(
          `「${row.template.name.zh}」是${other}年版格式的行，本报告应使用${format.name.zh}`,
          `"${row.template.name.en}" is a row of the ${other} format; this report must use the ${format.name.en}`,
        ),
      });
    }
    const prev = seen.get(row.template.id);
    if (prev) report({ range: labelOrRow(row), message: msg(`「${rowName(row).zh}」行重复`, `Row "${rowName(row).en}" appears twice`), related: [{ range: labelOrRow(prev), message: msg('首次出现', 'first occurrence') }] });
    seen.set(row.template.id, row);
    if (row.columns.length && row.values.length !== row.columns.length) {
      report({
        range: row.range,
        message: msg(
          `「${rowName(row).zh}」行应有 ${row.columns.length} 个数值，实有 ${row.values.length} 个`,
          `Row "${rowName(row).en}" should have ${row.columns.length} values, found ${row.values.length}`,
        ),
      });
    }
  }
  return seen;
}

function reportMissing(table: Table, format: FormatTemplate, seen: Map<string, DataRow>, report: (f: FindingInput) => void) {
  const tpl = format.tables[table.kind!];
  const hasOtherFormatRows = table.dataRows.some((r) => r.otherFormat);
  const missing: Localized[] = [];
  for (const section of tpl.sections) {
    for (const row of section.rows) {
      if (seen.has(row.id)) continue;
      // A 2021 table with the single 2019 其他处理 row: that row is already reported; its three
      // replacements would only repeat it.
      if (hasOtherFormatRows && row.groups?.includes('other')) continue;
      missing.push(row.name);
    }
  }
  if (table.kind === 'appeals' || table.dataRows.length === 0 || missing.length === 0) return;
  report({
    range: { start: table.range.start, end: table.range.start },
    message: msg(`${tpl.name.zh}缺少行：${mapped(missing, (m) => m.zh).join('、')}`, `${tpl.name.en} is missing rows: ${mapped(missing, (m) => m.en).join('; ')}`),
  });
}

export default defineRule({
  meta: {
    id: 'table-shape',
    description: msg(
      '表格的行与模板一致：不缺行、无未知行、每行数值个数正确、不混用另一年版格式的行（FMT-2）',
      'Table rows follow the template: none missing, none unknown, the right number of values, no rows of the other format (FMT-2)',
    ),
    defaultSeverity: 'warning',
    fixable: false,
    implements: ['FMT-2', 'T2-X'],
  },
  check(ctx) {
    const format = ctx.model.format.template;
    for (const table of ctx.model.tables) {
      if (!table.kind) continue;
      const seen = checkRows(table, format, ctx.report);
      reportMissing(table, format, seen, ctx.report);
      if (table.kind === 'appeals' && table.dataRows.length > 1) {
        ctx.report({ range: table.dataRows[1].range, message: msg('表四只应有一行数据', 'Table 4 has only one data row') });
      }
    }
  },
});
