import { perModel } from './memo';
import { ColumnTemplate, Identity, Term } from '../templates';
import { Cell, DataRow, ReportModel, Table } from './types';

/** One identity evaluated at one column (or one row) of a table. */
export interface IdentityCheck {
  readonly identity: Identity;
  readonly table: Table;
  /** the column, for identities across columns */
  readonly column: ColumnTemplate | undefined;
  /** the row, for identities across rows */
  readonly row: DataRow | undefined;
  readonly left: readonly Cell[];
  readonly right: readonly Cell[];
  readonly leftSum: number | undefined;
  readonly rightSum: number | undefined;
  /** undefined when a cell is not a number (the cell rule reports that) */
  readonly holds: boolean | undefined;
}

function rowsFor(table: Table, term: Term): DataRow[] | undefined {
  if (typeof term !== 'string') return table.dataRows.filter((r) => r.template?.groups?.includes(term.group));
  const row = table.dataRows.find((r) => r.template?.id === term);
  return row ? [row] : undefined;
}

function sum(cells: readonly Cell[]): number | undefined {
  let s = 0;
  for (const c of cells) {
    if (c.value === undefined) return undefined;
    s += c.value;
  }
  // Counts are integers; money never takes part in an identity, so rounding is only float hygiene.
  return Math.round(s * 1e6) / 1e6;
}

function check(identity: Identity, table: Table, left: Cell[], right: Cell[], column?: ColumnTemplate, row?: DataRow): IdentityCheck {
  const leftSum = sum(left);
  const rightSum = sum(right);
  const holds = leftSum === undefined || rightSum === undefined ? undefined : leftSum === rightSum;
  return { identity, table, column, row, left, right, leftSum, rightSum, holds };
}

/** The rows a side of an identity names, in term order (undefined when a named row is missing). */
function rowsOfSide(table: Table, terms: readonly Term[]): DataRow[] | undefined {
  const rows: DataRow[] = [];
  for (const t of terms) {
    const found = rowsFor(table, t);
    if (!found) return undefined;
    for (const r of found) rows.push(r);
  }
  return rows;
}

/** The cell `cellOf` gives for each item, or undefined as soon as one has none (a row too short). */
function everyCell<T>(items: readonly T[], cellOf: (item: T) => Cell | undefined): Cell[] | undefined {
  const cells: Cell[] = [];
  for (const item of items) {
    const cell = cellOf(item);
    if (!cell) return undefined;
    cells.push(cell);
  }
  return cells;
}

/** The cells of the rows at column i (undefined when a row has no such cell). */
function cellsAtColumn(rows: readonly DataRow[], i: number): Cell[] | undefined {
  return everyCell(rows, (r) => r.values[i]);
}

function acrossColumns(identity: Identity, table: Table, out: IdentityCheck[]): void {
  const left = rowsOfSide(table, identity.left);
  const right = rowsOfSide(table, identity.right);
  if (!left || !right || right.length === 0) return;
  const columns = right[0].columns;
  for (let i = 0; i < columns.length; i++) {
    const l = cellsAtColumn(left, i);
    const r = l && cellsAtColumn(right, i);
    if (l && r) out.push(check(identity, table, l, r, columns[i]));
  }
}

/** Where each term stands among the columns (undefined when a term is not one of them). */
function columnPositions(columns: readonly ColumnTemplate[], terms: readonly Term[]): number[] | undefined {
  const positions: number[] = [];
  for (const t of terms) {
    const i = columns.findIndex((c) => c.id === t);
    if (i < 0) return undefined;
    positions.push(i);
  }
  return positions;
}

/** The row's cells at the positions (undefined when the row is too short). */
function cellsAt(row: DataRow, positions: readonly number[]): Cell[] | undefined {
  return everyCell(positions, (i) => row.values[i]);
}

function acrossRows(identity: Identity, table: Table, out: IdentityCheck[]): void {
  // Rows share their section's column list, so the terms are looked up once per list, not once per row.
  let columns: readonly ColumnTemplate[] | undefined;
  let left: number[] | undefined;
  let right: number[] | undefined;
  for (const row of table.dataRows) {
    if (!row.template) continue;
    if (row.columns !== columns) {
      columns = row.columns;
      left = columnPositions(columns, identity.left);
      right = columnPositions(columns, identity.right);
    }
    const l = left && cellsAt(row, left);
    const r = right && cellsAt(row, right);
    if (l && r) out.push(check(identity, table, l, r, undefined, row));
  }
}

/** Every identity of the report's format, at every column or row where its cells exist. */
export const evaluateIdentities = perModel((model: ReportModel): readonly IdentityCheck[] => {
  const all: IdentityCheck[] = [];
  for (const identity of model.format.template.identities) {
    const table = model.tableOf(identity.table);
    if (table && identity.across === 'columns') acrossColumns(identity, table, all);
    else if (table) acrossRows(identity, table, all);
  }
  return all;
});
