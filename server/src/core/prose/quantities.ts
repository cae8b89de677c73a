import { Localized, msg } from '../i18n';
import { Cell, DataRow, ReportModel, Table } from '../model/types';
import { TableKind } from '../templates';

/**
 * The table figures that prose restates (domain §5.1): a cell, or a derived subtotal of several
 * cells (不予公开 = Σ R5..R12, 行政诉讼 = 直接起诉 + 复议后起诉, …).
 */
export type QuantityKey =
  | 'received'
  | 'receivedWithCarried'
  | 'carriedOver'
  | 'answered'
  | 'granted'
  | 'partialGrant'
  | 'grantedOrPartial'
  | 'denied'
  | 'unable'
  | 'notProcessed'
  | 'other'
  | 'carriedForward'
  | `${AppealGroup}.${AppealOutcome}`
  | 'normativeValid';

export type AppealGroup = 'review' | 'litigationDirect' | 'litigationPostReview' | 'litigation';
export type AppealOutcome = 'maintain' | 'correct' | 'other' | 'unfinished' | 'total';

export interface QuantityCell {
  readonly cell: Cell;
  readonly row: DataRow;
}

export interface Quantity {
  readonly key: QuantityKey;
  readonly name: Localized;
  readonly table: TableKind;
  /** the table, when the report has one of that kind */
  readonly source: Table | undefined;
  readonly cells: readonly QuantityCell[];
  /** the sum; undefined when a cell is missing or does not read as a number */
  readonly value: number | undefined;
  /** `no-table`: no such table; `no-data`: the table has no data row (sishui-2020's 表四); `unreadable`: a cell is not a number or the row is missing */
  readonly status: 'ok' | 'no-table' | 'no-data' | 'unreadable';
}

const REQUEST_ROWS: Partial<Record<QuantityKey, { rows?: string[]; group?: string; name: Localized }>> = {
  received: { rows: ['newReceived'], name: msg('本年新收', 'new requests') },
  receivedWithCarried: { rows: ['newReceived', 'carriedOver'], name: msg('本年新收 + 上年结转', 'new requests + carried over') },
  carriedOver: { rows: ['carriedOver'], name: msg('上年结转', 'carried over from last year') },
  answered: { rows: ['totalProcessed'], name: msg('办理结果总计', 'total handled') },
  granted: { rows: ['granted'], name: msg('予以公开', 'disclosed') },
  partialGrant: { rows: ['partialGrant'], name: msg('部分公开', 'partly disclosed') },
  grantedOrPartial: { rows: ['granted', 'partialGrant'], name: msg('予以公开 + 部分公开', 'disclosed + partly disclosed') },
  denied: { group: 'denied', name: msg('不予公开（小计）', 'withheld (subtotal)') },
  unable: { group: 'unable', name: msg('无法提供（小计）', 'unavailable (subtotal)') },
  notProcessed: { group: 'notProcessed', name: msg('不予处理（小计）', 'not processed (subtotal)') },
  other: { group: 'other', name: msg('其他处理（小计）', 'other handling (subtotal)') },
  carriedForward: { rows: ['carriedForward'], name: msg('结转下年度继续办理', 'carried forward') },
};

const GROUP_NAMES: Record<AppealGroup, Localized> = {
  review: msg('行政复议', 'administrative review'),
  litigationDirect: msg('未经复议直接起诉', 'lawsuits without review'),
  litigationPostReview: msg('复议后起诉', 'lawsuits after review'),
  litigation: msg('行政诉讼（直接起诉 + 复议后起诉）', 'lawsuits (direct + after review)'),
};
const OUTCOME_NAMES: Record<AppealOutcome, Localized> = {
  maintain: msg('结果维持', 'upheld'),
  correct: msg('结果纠正', 'corrected'),
  other: msg('其他结果', 'other outcome'),
  unfinished: msg('尚未审结', 'pending'),
  total: msg('总计', 'total'),
};

function build(key: QuantityKey, name: Localized, table: TableKind, source: Table | undefined, pick: (t: Table) => QuantityCell[] | undefined): Quantity {
  if (!source) return { key, name, table, source, cells: [], value: undefined, status: 'no-table' };
  if (source.dataRows.length === 0) return { key, name, table, source, cells: [], value: undefined, status: 'no-data' };
  const cells = pick(source);
  if (!cells || cells.length === 0) return { key, name, table, source, cells: [], value: undefined, status: 'unreadable' };
  let value: number | undefined = 0;
  for (const c of cells) value = c.cell.value === undefined || value === undefined ? undefined : value + c.cell.value;
  return { key, name, table, source, cells, value, status: value === undefined ? 'unreadable' : 'ok' };
}

function columnCell(row: DataRow, column: string): Cell | undefined {
  const i = row.columns.findIndex((c) => c.id === column);
  return i >= 0 ? row.values[i] : undefined;
}

/** Cells of rows (by id or group) at one column; undefined when a named row is absent. */
function rowCells(t: Table, spec: { rows?: string[]; group?: string }, column: string): QuantityCell[] | undefined {
  const rows = spec.group
    ? t.dataRows.filter((r) => r.template?.groups?.includes(spec.group!))
    : spec.rows!.map((id) => t.dataRows.find((r) => r.template?.id === id));
  if (rows.length === 0 || rows.some((r) => !r)) return undefined;
  const out: QuantityCell[] = [];
  for (const row of rows as DataRow[]) {
    const cell = columnCell(row, column);
    if (!cell) return undefined;
    out.push({ cell, row });
  }
  return out;
}

/** One table figure of the report, by key; `column` picks a 表三 column other than 总计 (均为自然人申请). */
export function resolveQuantity(model: ReportModel, key: QuantityKey, column = 'total'): Quantity {
  const request = REQUEST_ROWS[key];
  if (request) return build(key, request.name, 'requests', model.tableOf('requests'), (t) => rowCells(t, request, column));
  if (key === 'normativeValid') {
    const name = msg('行政规范性文件·现行有效件数', 'normative documents in force');
    return build(key, name, 'active', model.tableOf('active'), (t) => rowCells(t, { rows: ['normativeDocuments'] }, 'valid'));
  }
  const [group, outcome] = key.split('.') as [AppealGroup, AppealOutcome];
  const name = msg(`${GROUP_NAMES[group].zh}·${OUTCOME_NAMES[outcome].zh}`, `${GROUP_NAMES[group].en}: ${OUTCOME_NAMES[outcome].en}`);
  const groups = group === 'litigation' ? ['litigationDirect', 'litigationPostReview'] : [group];
  return build(key, name, 'appeals', model.tableOf('appeals'), (t) => {
    const row = t.dataRows[0];
    const cells = groups.map((g) => columnCell(row, `${g}.${outcome}`));
    return cells.every((c) => c) ? cells.map((cell) => ({ cell: cell!, row })) : undefined;
  });
}
