import { Localized, msg } from '../i18n';
import { evaluateIdentities } from '../model/identities';
import { ReportModel, Table } from '../model/types';
import { TableKind } from '../templates';
import { TextRange } from '../text/range';
import { Quantity, QuantityCell } from './quantities';
import { mapped } from '../arrays';

/** Wording shared by the prose rules and hover, so a message and a hover say the same thing. */

export const TABLE_SHORT: Readonly<Record<TableKind, Localized>> = {
  active: msg('表二', 'table 2'),
  requests: msg('表三', 'table 3'),
  appeals: msg('表四', 'table 4'),
};

/** "「予以公开」行「总计」列" / "row "disclosed", column "total""; 表四 has no row names. */
export function cellPlace(c: QuantityCell): Localized {
  const row = c.row.template && c.row.template.id !== 'data' ? c.row.template.name : undefined;
  const col = c.cell.column?.name;
  return msg(
    `${row ? `「${row.zh}」行` : ''}${col ? `「${col.zh}」列` : ''}`,
    [row ? `row "${row.en}"` : '', col ? `column "${col.en}"` : ''].filter(Boolean).join(', '),
  );
}

export function cellRangeOf(c: QuantityCell): TextRange {
  return c.cell.valueRange ?? c.cell.range;
}

/** "1+7 = 8" for a subtotal, "63" for one cell; unreadable cells show as "?". */
export function arithmetic(q: Quantity): string {
  const values = mapped(q.cells, (c) => (c.cell.value === undefined ? '?' : String(c.cell.value)));
  if (values.length <= 1) return values[0] ?? '?';
  // Zero addends are left out of long sums so the arithmetic stays readable (as the table rules do).
  const shown = values.length > 4 ? values.filter((v) => v !== '0') : values;
  return `${shown.length ? shown.join('+') : '0'} = ${q.value ?? '?'}`;
}

/** "表三 予以公开 = 63" / "table 3, disclosed = 63", with the sum for a subtotal. */
export function quantityText(q: Quantity): Localized {
  const t = TABLE_SHORT[q.table];
  return msg(`${t.zh}「${q.name.zh}」= ${arithmetic(q)}`, `${t.en}, ${q.name.en} = ${arithmetic(q)}`);
}

/** Related locations: every cell of a one- or few-cell quantity; only the non-zero cells of a long subtotal. */
export function relatedOf(q: Quantity): { range: TextRange; message: Localized }[] {
  const cells = q.cells.length > 4 ? q.cells.filter((c) => c.cell.value !== 0) : q.cells;
  return mapped(cells.slice(0, 12), (c) => {
    const place = cellPlace(c);
    const v = c.cell.value ?? '?';
    return { range: cellRangeOf(c), message: msg(`${TABLE_SHORT[q.table].zh}${place.zh}：${v}`, `${TABLE_SHORT[q.table].en}, ${place.en}: ${v}`) };
  });
}

/** Whether every identity of the table holds: only then is the table value a certain replacement. */
export function tableConsistent(model: ReportModel, table: Table | undefined): boolean {
  if (!table) return false;
  // An identity that cannot be evaluated (a cell is not a number) does not count as holding.
  return evaluateIdentities(model).every((c) => c.table !== table || c.holds === true);
}
