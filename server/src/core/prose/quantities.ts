import { perModel } from '../model/memo';
import { Localized, msg } from '../i18n';
import { Cell, DataRow, ReportModel, Table } from '../model/types';
import { TableKind } from '../templates';
import { mapped } from '../arrays';

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

/** 表三 rows by id, or every row of a group (不予公开 = its eight reasons). */
interface RowSelection {
  readonly rows?: readonly string[];
  readonly group?: string;
}

interface RowSpec extends RowSelection {
  readonly name: Localized;
}

const REQUEST_ROWS: readonly (readonly [QuantityKey, RowSpec])[] = [
  ['received', { rows: ['newReceived'], name: msg('本年新收', 'new requests') }],
  ['receivedWithCarried', { rows: ['newReceived', 'carriedOver'], name: msg('本年新收 + 上年结转', 'new requests + carried over') }],
  ['carriedOver', { rows: ['carriedOver'], name: msg('上年结转', 'carried over from last year') }],
  ['answered', { rows: ['totalProcessed'], name: msg('办理结果总计', 'total handled') }],
  ['granted', { rows: ['granted'], name: msg('予以公开', 'disclosed') }],
  ['partialGrant', { rows: ['partialGrant'], name: msg('部分公开', 'partly disclosed') }],
  ['grantedOrPartial', { rows: ['granted', 'partialGrant'], name: msg('予以公开 + 部分公开', 'disclosed + partly disclosed') }],
  ['denied', { group: 'denied', name: msg('不予公开（小计）', 'withheld (subtotal)') }],
  ['unable', { group: 'unable', name: msg('无法提供（小计）', 'unavailable (subtotal)') }],
  ['notProcessed', { group: 'notProcessed', name: msg('不予处理（小计）', 'not processed (subtotal)') }],
  ['other', { group: 'other', name: msg('其他处理（小计）', 'other handling (subtotal)') }],
  ['carriedForward', { rows: ['carriedForward'], name: msg('结转下年度继续办理', 'carried forward') }],
];

const APPEAL_GROUPS: readonly AppealGroup[] = ['review', 'litigationDirect', 'litigationPostReview', 'litigation'];
const APPEAL_OUTCOMES: readonly AppealOutcome[] = ['maintain', 'correct', 'other', 'unfinished', 'total'];

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

/** The key of a 表四 figure, from a table built once: keys are looked up, never assembled per mention. */
const APPEAL_KEYS = Object.fromEntries(
  mapped(APPEAL_GROUPS, (g) => [g, Object.fromEntries(mapped(APPEAL_OUTCOMES, (o) => [o, `${g}.${o}` as const]))]),
) as { readonly [G in AppealGroup]: { readonly [O in AppealOutcome]: `${G}.${O}` } };

export function appealKey(group: AppealGroup, outcome: AppealOutcome): QuantityKey {
  return APPEAL_KEYS[group][outcome];
}

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
function rowCells(t: Table, spec: RowSelection, column: string): QuantityCell[] | undefined {
  const rows = spec.group
    ? t.dataRows.filter((r) => r.template?.groups?.includes(spec.group!))
    : mapped(spec.rows!, (id) => t.dataRows.find((r) => r.template?.id === id));
  if (rows.length === 0 || rows.some((r) => !r)) return undefined;
  const out: QuantityCell[] = [];
  for (const row of rows as DataRow[]) {
    const cell = columnCell(row, column);
    if (!cell) return undefined;
    out.push({ cell, row });
  }
  return out;
}

/** The cells of the one data row of 表四 at these columns; undefined when one is missing. */
function appealCells(t: Table, columns: readonly string[]): QuantityCell[] | undefined {
  const row = t.dataRows[0];
  const out: QuantityCell[] = [];
  for (const column of columns) {
    const cell = columnCell(row, column);
    if (!cell) return undefined;
    out.push({ cell, row });
  }
  return out;
}

const NORMATIVE_DOCUMENTS: RowSelection = { rows: ['normativeDocuments'] };

/** How to read one quantity: its name, its table and the cells it sums (表三 at a chosen column). */
interface QuantitySpec {
  readonly name: Localized;
  readonly table: TableKind;
  readonly pick: (t: Table, column: string) => QuantityCell[] | undefined;
}

/** Every quantity by key, built once. 行政诉讼 (litigation) sums the two columns of the lawsuits. */
const SPECS = new Map<QuantityKey, QuantitySpec>([
  ...mapped(REQUEST_ROWS, ([key, spec]): [QuantityKey, QuantitySpec] => [key, { name: spec.name, table: 'requests', pick: (t, column) => rowCells(t, spec, column) }]),
  [
    'normativeValid',
    { name: msg('行政规范性文件·现行有效件数', 'normative documents in force'), table: 'active', pick: (t) => rowCells(t, NORMATIVE_DOCUMENTS, 'valid') },
  ],
  ...APPEAL_GROUPS.flatMap((group) =>
    mapped(APPEAL_OUTCOMES, (outcome): [QuantityKey, QuantitySpec] => {
      const columns = mapped((group === 'litigation' ? ['litigationDirect', 'litigationPostReview'] : [group]), (g) => `${g}.${outcome}`);
      const name = msg(`${GROUP_NAMES[group].zh}·${OUTCOME_NAMES[outcome].zh}`, `${GROUP_NAMES[group].en}: ${OUTCOME_NAMES[outcome].en}`);
      return [appealKey(group, outcome), { name, table: 'appeals', pick: (t) => appealCells(t, columns) }];
    }),
  ),
]);

/** The table figures of one report, each read once: the mentions, the claims, the share bases and the cross-year checks ask for the same few. */
export class Quantities {
  private readonly read = new Map<string, Quantity>();

  constructor(private readonly model: ReportModel) {}

  /** One figure by key; `column` picks a 表三 column other than 总计 (均为自然人申请). */
  get(key: QuantityKey, column = 'total'): Quantity {
    const id = column === 'total' ? key : `${key}@${column}`;
    let quantity = this.read.get(id);
    if (!quantity) {
      const spec = SPECS.get(key)!;
      quantity = build(key, spec.name, spec.table, this.model.tableOf(spec.table), (t) => spec.pick(t, column));
      this.read.set(id, quantity);
    }
    return quantity;
  }
}

export const quantitiesOf = perModel((model: ReportModel) => new Quantities(model));

/** One table figure of the report, by key; `column` picks a 表三 column other than 总计 (均为自然人申请). */
export function resolveQuantity(model: ReportModel, key: QuantityKey, column = 'total'): Quantity {
  return quantitiesOf(model).get(key, column);
}
