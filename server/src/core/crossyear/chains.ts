import { Localized, msg } from '../i18n';
import { Cell, DataRow, ReportModel } from '../model/types';
import { TableKind } from '../templates';

/** A cell of one of the two reports, with the row and column it stands in. */
export interface CellRef {
  readonly row: DataRow;
  readonly cell: Cell;
  readonly value: number;
  /** the value as a message shows it: "+1" in a 本年增/减 column */
  readonly shown: string;
  /** "「上年结转」行「自然人」列" */
  readonly name: Localized;
}

/** One cross-year identity at one cell of this year's report (domain §4.4). */
export interface CrossYearCheck {
  readonly id: 'X-1' | 'X-2' | 'X-3';
  /** this year's cell the identity determines: where a finding sits */
  readonly target: CellRef;
  readonly expected: number;
  readonly holds: boolean;
  /** the terms read from last year's report */
  readonly previous: readonly CellRef[];
  /** further terms read from this year's report */
  readonly current: readonly CellRef[];
}

function rowOf(model: ReportModel, kind: TableKind, rowId: string, section?: string): DataRow | undefined {
  return model.tableOf(kind)?.dataRows.find((r) => r.template?.id === rowId && !r.otherFormat && (section === undefined || r.section === section));
}

function cellOf(row: DataRow | undefined, columnId: string): CellRef | undefined {
  if (!row) return undefined;
  const i = row.columns.findIndex((c) => c.id === columnId);
  const cell = i >= 0 ? row.values[i] : undefined;
  if (!cell || cell.value === undefined) return undefined;
  const r = row.template!.name;
  const c = row.columns[i].name;
  const shown = row.columns[i].kind === 'signed' && cell.value > 0 ? `+${cell.value}` : String(cell.value);
  return { row, cell, value: cell.value, shown, name: msg(`「${r.zh}」行「${c.zh}」列`, `row "${r.en}", column "${c.en}"`) };
}

const REQUEST_COLUMNS = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'];

/** this year's 上年结转 = last year's 结转下年度继续办理, column by column (both formats). */
function carriedOver(cur: ReportModel, prev: ReportModel): CrossYearCheck[] {
  const here = rowOf(cur, 'requests', 'carriedOver');
  const there = rowOf(prev, 'requests', 'carriedForward');
  if (!here || !there) return [];
  const out: CrossYearCheck[] = [];
  for (const col of REQUEST_COLUMNS) {
    const target = cellOf(here, col);
    const last = cellOf(there, col);
    if (!target || !last) continue;
    out.push({ id: 'X-1', target, expected: last.value, holds: target.value === last.value, previous: [last], current: [] });
  }
  return out;
}

/** X-2 (F2021 → F2021): 现行有效 = last year's 现行有效 + 本年制发 − 本年废止. */
function validChain(cur: ReportModel, prev: ReportModel): CrossYearCheck[] {
  const out: CrossYearCheck[] = [];
  for (const rowId of ['regulations', 'normativeDocuments']) {
    const here = rowOf(cur, 'active', rowId, 'item1');
    const target = cellOf(here, 'valid');
    const made = cellOf(here, 'made');
    const repealed = cellOf(here, 'repealed');
    const last = cellOf(rowOf(prev, 'active', rowId, 'item1'), 'valid');
    if (!target || !made || !repealed || !last) continue;
    const expected = last.value + made.value - repealed.value;
    out.push({ id: 'X-2', target, expected, holds: target.value === expected, previous: [last], current: [made, repealed] });
  }
  return out;
}

const ITEM_ROWS: readonly [string, string][] = [
  ['item5', 'licensing'],
  ['item5', 'otherServices'],
  ['item6', 'punishment'],
  ['item6', 'coercion'],
  ['item8', 'fees'],
];

/** X-3 (F2019 → F2019): 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减. */
function itemChain(cur: ReportModel, prev: ReportModel): CrossYearCheck[] {
  const out: CrossYearCheck[] = [];
  for (const [section, rowId] of ITEM_ROWS) {
    const target = cellOf(rowOf(cur, 'active', rowId, section), 'prevItems');
    const there = rowOf(prev, 'active', rowId, section);
    const lastItems = cellOf(there, 'prevItems');
    const lastDelta = cellOf(there, 'delta');
    if (!target || !lastItems || !lastDelta) continue;
    const expected = lastItems.value + lastDelta.value;
    out.push({ id: 'X-3', target, expected, holds: target.value === expected, previous: [lastItems, lastDelta], current: [] });
  }
  return out;
}

/**
 * Every cross-year identity that applies between this year's report and last year's. The table 二
 * chains only hold within one format: never across the 2020 → 2021 break, where 对外公开总数量
 * is not 现行有效件数 and the item counts were dropped.
 */
export function crossYearChecks(cur: ReportModel, prev: ReportModel): CrossYearCheck[] {
  const a = prev.format.template.id;
  const b = cur.format.template.id;
  return [
    ...carriedOver(cur, prev),
    ...(a === '2021' && b === '2021' ? validChain(cur, prev) : []),
    ...(a === '2019' && b === '2019' ? itemChain(cur, prev) : []),
  ];
}
