import { Localized, msg } from '../../i18n';
import { IdentityCheck } from '../../model/identities';
import { perModel } from '../../model/memo';
import { Cell, DataRow, ReportModel, Table } from '../../model/types';
import { TextRange } from '../../text/range';
import { ColumnTemplate } from '../../templates';
import { RelatedLocation } from '../types';
import { mapped } from '../../arrays';

export function rowName(row: DataRow): Localized {
  return row.template?.name ?? msg(row.label || '（未识别的行）', row.label || '(unrecognised row)');
}

/** "「本年新收」行「自然人」列" / "row "new requests", column "natural persons"" */
export function cellName(row: DataRow | undefined, column: ColumnTemplate | undefined): Localized {
  const r = row && row.template?.id !== 'data' ? rowName(row) : undefined;
  const zh = [r ? `「${r.zh}」行` : '', column ? `「${column.name.zh}」列` : ''].join('');
  const en = [r ? `row "${r.en}"` : '', column ? `column "${column.name.en}"` : ''].filter(Boolean).join(', ');
  return msg(zh, en);
}

export function cellRange(cell: Cell): TextRange {
  return cell.valueRange ?? cell.range;
}

export function fmt(n: number | undefined): string {
  return n === undefined ? '?' : String(n);
}

/** "63+3+1+7+26+10": zero addends are left out when there are many, so the arithmetic stays readable. */
export function addends(cells: readonly Cell[]): string {
  const values = mapped(cells, (c) => c.value ?? 0);
  const shown = values.length > 6 ? values.filter((v) => v !== 0) : values;
  return shown.length ? shown.join('+') : '0';
}

/** Per table that has a failing identity, the data row of each of its value cells. */
const rowIndexes = perModel(() => new Map<Table, Map<Cell, DataRow>>());

/**
 * The data row a value cell of `table` stands in. Looked up in an index rather than by searching the
 * table: a draft with a hundred failing totals names eight cells for each. Only the tables asked about
 * are indexed (identities hold in the first 表三 and 表四, not in every pasted table).
 */
export function rowOfCell(model: ReportModel, table: Table, cell: Cell): DataRow | undefined {
  const indexes = rowIndexes(model);
  let index = indexes.get(table);
  if (!index) {
    index = new Map();
    for (const r of table.dataRows) for (const c of r.values) index.set(c, r);
    indexes.set(table, index);
  }
  return index.get(cell);
}

/** Where an identity's cell sits, for relatedInformation. */
export function relatedCells(model: ReportModel, check: IdentityCheck, cells: readonly Cell[]): RelatedLocation[] {
  return mapped(cells, (cell) => {
    const row = check.row ?? rowOfCell(model, check.table, cell);
    const column = check.column ?? cell.column;
    const name = cellName(row, column);
    return { range: cellRange(cell), message: msg(`${name.zh}：${fmt(cell.value)}`, `${name.en}: ${fmt(cell.value)}`) };
  });
}
