import { msg } from '../../i18n';
import { evaluateIdentities, IdentityCheck } from '../../model/identities';
import { Cell, Table } from '../../model/types';
import { defineRule } from '../types';
import { addends, cellName, cellRange, relatedCells, rowOfCell } from './describe';

/** A table where a template row stands twice (a block pasted twice): which copy counts is not certain. */
function repeatsRows(table: Table): boolean {
  const seen = new Set<string>();
  for (const r of table.dataRows) {
    if (!r.template) continue;
    const id = `${r.section ?? ''}/${r.template.id}`;
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/** Where the total cell of a failing check should be written, or undefined when that is not certain. */
function certainValues(failing: readonly IdentityCheck[]): Map<Cell, number | undefined> {
  const byCell = new Map<Cell, number | undefined>();
  // Asked once per table, not once per failing check: a draft can have a hundred failing totals.
  const repeats = new Map<Table, boolean>();
  for (const c of failing) {
    const total = c.right[0];
    let repeated = repeats.get(c.table);
    if (repeated === undefined) repeats.set(c.table, (repeated = repeatsRows(c.table)));
    const expected = repeated ? undefined : c.leftSum;
    if (!byCell.has(total)) byCell.set(total, expected);
    // Two identities that disagree on the same total: either addend set may be wrong.
    else if (byCell.get(total) !== expected) byCell.set(total, undefined);
  }
  return byCell;
}

export default defineRule({
  meta: {
    id: 'table-total',
    description: msg(
      '表格的总计等于其各项之和：表三每行的总计列、（七）总计行，表四三组的总计（T3-2、T3-3、T4-1…3）',
      'Table totals equal their parts: the total column of table 3, its (7) total row, and the three totals of table 4 (T3-2, T3-3, T4-1…3)',
    ),
    defaultSeverity: 'error',
    fixable: true,
    implements: ['T3-2', 'T3-3', 'T4-1', 'T4-2', 'T4-3'],
  },
  check(ctx) {
    const failing = evaluateIdentities(ctx.model).filter((c) => c.identity.rule === 'table-total' && c.holds === false);
    const certain = certainValues(failing);
    for (const c of failing) {
      const total = c.right[0];
      const totalRow = c.row ?? rowOfCell(ctx.model, c.table, total);
      const where = cellName(totalRow, c.column ?? total.column);
      const expected = c.leftSum!;
      const sum = addends(c.left);
      const value = certain.get(total);
      ctx.report({
        range: cellRange(total),
        message: msg(
          `${where.zh} 应为 ${expected}（${sum}），实为 ${c.rightSum}`,
          `${where.en} should be ${expected} (${sum}), found ${c.rightSum}`,
        ),
        related: relatedCells(ctx.model, c, c.left.filter((x) => x.value !== 0)).slice(0, 12),
        fix:
          value === undefined
            ? undefined
            : { title: msg(`总计改为 ${value}`, `Set total to ${value}`), edits: [{ range: cellRange(total), newText: String(value) }] },
      });
    }
  },
});
