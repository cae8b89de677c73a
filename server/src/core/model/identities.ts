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

function acrossColumns(identity: Identity, table: Table): IdentityCheck[] {
  const side = (terms: readonly Term[]) => {
    const rows: DataRow[] = [];
    for (const t of terms) {
      const found = rowsFor(table, t);
      if (!found) return undefined;
      rows.push(...found);
    }
    return rows;
  };
  const left = side(identity.left);
  const right = side(identity.right);
  if (!left || !right || right.length === 0) return [];
  const columns = right[0].columns;
  const out: IdentityCheck[] = [];
  columns.forEach((column, i) => {
    const l = left.map((r) => r.values[i]);
    const r = right.map((x) => x.values[i]);
    if (l.some((c) => !c) || r.some((c) => !c)) return;
    out.push(check(identity, table, l, r, column));
  });
  return out;
}

function acrossRows(identity: Identity, table: Table): IdentityCheck[] {
  const out: IdentityCheck[] = [];
  for (const row of table.dataRows) {
    if (!row.template) continue;
    const pick = (terms: readonly Term[]) => {
      const cells: Cell[] = [];
      for (const t of terms) {
        const i = row.columns.findIndex((c) => c.id === t);
        const cell = i >= 0 ? row.values[i] : undefined;
        if (!cell) return undefined;
        cells.push(cell);
      }
      return cells;
    };
    const l = pick(identity.left);
    const r = pick(identity.right);
    if (l && r) out.push(check(identity, table, l, r, undefined, row));
  }
  return out;
}

const cache = new WeakMap<ReportModel, readonly IdentityCheck[]>();

/** Every identity of the report's format, at every column or row where its cells exist. */
export function evaluateIdentities(model: ReportModel): readonly IdentityCheck[] {
  let checks = cache.get(model);
  if (!checks) {
    checks = model.format.template.identities.flatMap((identity) => {
      const table = model.tableOf(identity.table);
      if (!table) return [];
      return identity.across === 'columns' ? acrossColumns(identity, table) : acrossRows(identity, table);
    });
    cache.set(model, checks);
  }
  return checks;
}
