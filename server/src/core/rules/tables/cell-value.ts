import { msg } from '../../i18n';
import { Cell, DataRow } from '../../model/types';
import { defineRule, FindingInput } from '../types';
import { cellName } from './describe';

function problem(cell: Cell): Omit<FindingInput, 'range'> | undefined {
  const r = cell.reading;
  const kind = cell.column?.kind ?? 'count';
  if (r.blank) return { message: msg('数据单元格为空；没有数据应填写 0', 'Empty data cell; write 0 where there is nothing') };
  if (r.placeholder) return { message: msg(`数据单元格填写了「${cell.text}」；没有数据应填写 0`, `Data cell holds "${cell.text}"; write 0 where there is nothing`) };
  if (r.junk) return { message: msg(`数据单元格「${cell.text}」不是数字`, `Data cell "${cell.text}" is not a number`) };
  if (r.unit) {
    return kind === 'money'
      ? { severity: 'warning', message: msg(`金额单元格含单位或数量级「${r.unit}」；单元格只填数字，单位写在表头`, `Money cell carries the unit "${r.unit}"; write the bare number and state the unit in the header`) }
      : { message: msg(`数量单元格含单位「${r.unit}」；只填数字`, `Count cell carries the unit "${r.unit}"; write the bare number`) };
  }
  const v = r.value!;
  if (v < 0 && kind !== 'signed') return { message: msg(`数量不能为负数：${cell.text}`, `A count cannot be negative: ${cell.text}`) };
  if (r.fractional && kind !== 'money') return { message: msg(`件数须为整数：${cell.text}`, `A count must be a whole number: ${cell.text}`) };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'cell-value',
    description: msg(
      '表格数据单元格须为数字：不得为空或“/”，不得夹带文字；件数为非负整数；金额单元格不含单位（NUM-1…3）',
      'Table data cells are numbers: not blank or "/", no text; counts are whole and non-negative; money cells carry no unit (NUM-1…3)',
    ),
    defaultSeverity: 'error',
    fixable: false,
    implements: ['NUM-1', 'NUM-2', 'NUM-3', 'T2-U2'],
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      if (!table.kind) continue;
      for (const row of table.dataRows as readonly DataRow[]) {
        for (const cell of row.values) {
          const p = cell.column && problem(cell);
          if (!p) continue;
          const where = cellName(row, cell.column);
          // The fields are named, not spread: an object spread costs a few µs on a cold check.
          ctx.report({
            severity: p.severity,
            range: cell.range.start === cell.range.end ? row.range : cell.range,
            message: msg(`${where.zh}：${p.message.zh}`, `${where.en}: ${p.message.en}`),
          });
        }
      }
    }
  },
});
