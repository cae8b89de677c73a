import { Lang, localize, msg } from '../i18n';
import { IdentityCheck } from '../model/identities';
import { Cell, DataRow, ReportModel, Table } from '../model/types';
import { Finding, Severity } from '../rules/types';
import { FormatId, TableKind } from '../templates';
import { TextRange } from '../text/range';
import { cellTarget, focusCell, identityOutcomes, tableLenses } from './code-lens';
import { mapped } from '../arrays';

// The report summary: the three tables as the document writes them, with every cell that an identity
// contradicts marked and its recomputed value, each identity with its outcome, and the request outcomes
// of 表三 for a chart. Plain data with strings in one language; the adapter maps the ranges.

export type CellStatus = 'ok' | 'fail' | 'unknown' | 'plain';

export interface SummaryCell<R> {
  readonly text: string;
  readonly value: number | undefined;
  readonly range: R;
  /** fail: an identity through this cell does not hold; ok: every identity through it holds */
  readonly status: CellStatus;
  /** the value the identity computes for a total that does not match */
  readonly expected: number | undefined;
}

export interface SummaryRow<R> {
  readonly label: string;
  /** 0, 1, 2: how deep the row sits in 表三's label hierarchy */
  readonly depth: number;
  readonly cells: readonly SummaryCell<R>[];
}

export interface SummarySection<R> {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly SummaryRow<R>[];
}

export interface SummaryTable<R> {
  readonly kind: TableKind;
  readonly name: string;
  /** the code lens text, when the table has identities */
  readonly lens: string | undefined;
  readonly range: R;
  readonly sections: readonly SummarySection<R>[];
}

export interface SummaryFailure<R> {
  /** "「自然人」列" / "row "new requests"" */
  readonly where: string;
  readonly leftSum: number | undefined;
  readonly rightSum: number | undefined;
  readonly range: R;
}

export interface SummaryIdentity<R> {
  readonly id: string;
  readonly table: TableKind;
  readonly tableName: string;
  readonly description: string;
  readonly holds: boolean | undefined;
  /** columns or rows it was evaluated at */
  readonly checks: number;
  readonly failures: readonly SummaryFailure<R>[];
}

export interface OutcomeBar {
  readonly id: string;
  readonly label: string;
  readonly value: number;
}

export interface ReportSummary<R> {
  readonly title: string | undefined;
  readonly agency: string | undefined;
  readonly year: number | undefined;
  readonly format: { readonly id: FormatId; readonly name: string; readonly source: string };
  readonly findings: Readonly<Record<Severity, number>>;
  readonly tables: readonly SummaryTable<R>[];
  /** tables of the format that the document lacks */
  readonly missingTables: readonly string[];
  readonly identities: readonly SummaryIdentity<R>[];
  /** 表三's 办理结果 by outcome, from the 总计 column; undefined without a 表三 */
  readonly outcomes: { readonly bars: readonly OutcomeBar[]; readonly total: number | undefined } | undefined;
}

/** How the format was chosen, for the status bar and the summary. */
export const FORMAT_SOURCE = {
  setting: msg('由设置指定', 'set in the settings'),
  tables: msg('据表格内容判断', 'detected from the tables'),
  year: msg('据报告年度判断', 'chosen by the report year'),
  default: msg('默认', 'default'),
} as const;

const APPEAL_GROUP_NAMES: Record<string, ReturnType<typeof msg>> = {
  review: msg('行政复议', 'administrative review'),
  litigationDirect: msg('未经复议直接起诉', 'lawsuits without review'),
  litigationPostReview: msg('复议后起诉', 'lawsuits after review'),
};

const APPEAL_OUTCOMES: Record<string, ReturnType<typeof msg>> = {
  maintain: msg('结果维持', 'upheld'),
  correct: msg('结果纠正', 'corrected'),
  other: msg('其他结果', 'other'),
  unfinished: msg('尚未审结', 'pending'),
  total: msg('总计', 'total'),
};

const OUTCOME_BARS: readonly { id: string; name: ReturnType<typeof msg>; rows: (r: DataRow) => boolean }[] = [
  { id: 'granted', name: msg('予以公开', 'disclosed'), rows: (r) => r.template?.id === 'granted' },
  { id: 'partialGrant', name: msg('部分公开', 'partly disclosed'), rows: (r) => r.template?.id === 'partialGrant' },
  { id: 'denied', name: msg('不予公开', 'withheld'), rows: (r) => !!r.template?.groups?.includes('denied') },
  { id: 'unable', name: msg('无法提供', 'unavailable'), rows: (r) => !!r.template?.groups?.includes('unable') },
  { id: 'notProcessed', name: msg('不予处理', 'not processed'), rows: (r) => !!r.template?.groups?.includes('notProcessed') },
  { id: 'other', name: msg('其他处理', 'other handling'), rows: (r) => !!r.template?.groups?.includes('other') },
  { id: 'carriedForward', name: msg('结转下年度', 'carried forward'), rows: (r) => r.template?.id === 'carriedForward' },
];

/** Per cell: whether every identity through it holds, and the value a failing total should have. */
function cellStates(checks: readonly IdentityCheck[]): Map<Cell, { status: CellStatus; expected?: number }> {
  const states = new Map<Cell, { status: CellStatus; expected?: number }>();
  const mark = (cell: Cell, status: CellStatus, expected?: number) => {
    const prev = states.get(cell);
    // fail outranks unknown outranks ok; a recomputed value is kept whichever identity gave it.
    const rank = { plain: 0, ok: 1, unknown: 2, fail: 3 } as const;
    const kept = prev && rank[prev.status] > rank[status] ? prev.status : status;
    states.set(cell, { status: kept, expected: expected ?? prev?.expected });
  };
  for (const c of checks) {
    const status: CellStatus = c.holds === true ? 'ok' : c.holds === false ? 'fail' : 'unknown';
    for (const cell of c.left) mark(cell, status);
    c.right.forEach((cell, i) => {
      const expected = c.holds === false && c.identity.rule === 'table-total' && i === 0 ? c.leftSum : undefined;
      mark(cell, status, expected);
    });
  }
  return states;
}

function whereOf(check: IdentityCheck, lang: Lang): string {
  if (check.column) return localize(msg(`「${check.column.name.zh}」列`, `column "${check.column.name.en}"`), lang);
  const row = check.row;
  if (!row) return '';
  const name = row.template?.id === 'data' ? undefined : (row.template?.name ?? msg(row.label, row.label));
  return name ? localize(msg(`「${name.zh}」行`, `row "${name.en}"`), lang) : '';
}

function sections<R>(model: ReportModel, table: Table, lang: Lang, states: ReturnType<typeof cellStates>, toRange: (r: TextRange) => R): SummarySection<R>[] {
  const cell = (c: Cell): SummaryCell<R> => {
    const s = states.get(c);
    return { text: c.text, value: c.value, range: toRange(cellTarget(c)!), status: s?.status ?? (c.value === undefined ? 'unknown' : 'plain'), expected: s?.expected };
  };
  if (table.kind === 'appeals') {
    const row = table.dataRows.find((r) => r.template?.id === 'data') ?? table.dataRows[0];
    const groups = Object.keys(APPEAL_GROUP_NAMES);
    const outcomes = Object.keys(APPEAL_OUTCOMES);
    return [
      {
        caption: '',
        columns: mapped(outcomes, (o) => localize(APPEAL_OUTCOMES[o], lang)),
        rows: row
          ? mapped(groups, (g) => ({
              label: localize(APPEAL_GROUP_NAMES[g], lang),
              depth: 0,
              cells: outcomes.flatMap((o) => {
                const i = row.columns.findIndex((c) => c.id === `${g}.${o}`);
                return i >= 0 && row.values[i] ? [cell(row.values[i])] : [];
              }),
            }))
          : [],
      },
    ];
  }
  const template = model.format.template.tables[table.kind!];
  const ids = [...new Set(mapped(table.dataRows, (r) => r.section ?? ''))];
  return mapped(ids, (id) => {
    const section = template.sections.find((s) => s.id === id);
    const rows = table.dataRows.filter((r) => (r.section ?? '') === id);
    const columns = mapped((section?.columns ?? rows[0]?.columns ?? []), (c) => c.label);
    return {
      caption: section?.caption ?? '',
      columns,
      rows: mapped(rows, (r) => ({
        label: r.labelPath[r.labelPath.length - 1] ?? r.label,
        depth: Math.max(0, r.labelPath.length - 1),
        cells: mapped(r.values, cell),
      })),
    };
  });
}

function outcomeBars(model: ReportModel, lang: Lang): ReportSummary<unknown>['outcomes'] {
  const table = model.tableOf('requests');
  if (!table) return undefined;
  const valueOf = (r: DataRow) => {
    const i = r.columns.findIndex((c) => c.id === 'total');
    return i >= 0 ? r.values[i]?.value : undefined;
  };
  const bars = mapped(OUTCOME_BARS, (b) => ({
    id: b.id,
    label: localize(b.name, lang),
    value: table.dataRows.filter(b.rows).reduce((s, r) => s + (valueOf(r) ?? 0), 0),
  }));
  const totalRow = table.dataRows.find((r) => r.template?.id === 'totalProcessed');
  return { bars, total: totalRow ? valueOf(totalRow) : undefined };
}

/** Everything the summary view shows, in one language; `toRange` maps core ranges to the adapter's. */
export function reportSummary<R>(model: ReportModel, findings: readonly Finding[], lang: Lang, toRange: (r: TextRange) => R): ReportSummary<R> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  const template = model.format.template;
  const lenses = tableLenses(model);
  const tables: SummaryTable<R>[] = [];
  const identities: SummaryIdentity<R>[] = [];
  for (const table of model.tables) {
    if (!table.kind || tables.some((t) => t.kind === table.kind)) continue;
    const outcomes = identityOutcomes(model, table);
    const states = cellStates(outcomes.flatMap((o) => o.checks));
    const lens = lenses.find((l) => l.table === table);
    const tableName = localize(template.tables[table.kind].name, lang);
    tables.push({ kind: table.kind, name: tableName, lens: lens && localize(lens.title, lang), range: toRange(table.range), sections: sections(model, table, lang, states, toRange) });
    for (const o of outcomes) {
      identities.push({
        id: o.identity.id,
        table: table.kind,
        tableName,
        description: localize(o.identity.description, lang),
        holds: o.holds,
        checks: o.checks.length,
        failures: mapped(o.checks
          .filter((c) => c.holds === false), (c) => ({ where: whereOf(c, lang), leftSum: c.leftSum, rightSum: c.rightSum, range: toRange(cellTarget(focusCell(c)) ?? table.range) })),
      });
    }
  }
  const order: TableKind[] = ['active', 'requests', 'appeals'];
  tables.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return {
    title: model.title?.text,
    agency: model.agency,
    year: model.year,
    format: { id: template.id, name: localize(template.name, lang), source: localize(FORMAT_SOURCE[model.format.source], lang) },
    findings: counts,
    tables,
    missingTables: mapped(order.filter((k) => !model.tableOf(k)), (k) => localize(template.tables[k].name, lang)),
    identities,
    outcomes: outcomeBars(model, lang),
  };
}
