import { FormatTemplate, TableKind } from '../templates';
import { APPEAL_COLUMNS } from '../templates/columns';
import { Table, TableLayout } from '../model/types';
import { mapped } from '../arrays';

/** A table as rows of label path + value texts: what the writers need, from a template or a document. */
export interface TableRows {
  readonly kind: TableKind;
  /** 表二: the section each row belongs to, in order */
  readonly rows: readonly { readonly path: readonly string[]; readonly values: readonly string[]; readonly section?: string }[];
}

export interface WriteOptions {
  readonly layout: TableLayout;
  /** line break to use (the document's own) */
  readonly eol?: string;
}

const zeros = (n: number) => Array.from({ length: n }, () => '0');

/** The complete zero-filled table of a format. */
export function templateRows(kind: TableKind, format: FormatTemplate): TableRows {
  return {
    kind,
    rows: format.tables[kind].sections.flatMap((s) => mapped(s.rows, (r) => ({ path: r.path, values: zeros(s.columns.length), section: s.id }))),
  };
}

/** The rows of a table as written in the document (unrecognised rows included), for lossless conversion. */
export function documentRows(table: Table): TableRows {
  return {
    kind: table.kind!,
    rows: mapped(table.dataRows, (r) => ({ path: r.labelPath, values: mapped(r.values, (c) => c.text), section: r.section })),
  };
}

function word(rows: readonly (readonly string[])[], eol: string): string {
  return mapped(rows, (cells) => mapped(cells, (c) => `\t${c}`).join(eol)).join(eol + eol);
}

function pipe(rows: readonly (readonly string[])[], header: readonly string[], eol: string): string {
  const line = (cells: readonly string[]) => `| ${mapped(cells, (c) => c.replace(/\|/g, '｜')).join(' | ')} |`;
  return [line(header), `|${mapped(header, () => '---').join('|')}|`, ...mapped(rows, line)].join(eol);
}

function tsv(rows: readonly (readonly string[])[], eol: string): string {
  return mapped(rows, (r) => r.join('\t')).join(eol);
}

/** Label cells of a 表三 row in the Word layout (domain §8.3): merged cells appear once, continuations empty. */
function wordLabels(path: readonly string[], prev: readonly string[] | undefined): string[] {
  if (path.length <= 1) return [path[0] ?? ''];
  const sameL1 = prev?.[0] === path[0];
  if (path.length === 2) return [sameL1 ? '' : path[0], path[1]];
  const sameL2 = sameL1 && prev?.[1] === path[1];
  return [sameL1 ? '' : path[0], sameL2 ? '' : path[1], path[2]];
}

function requests(format: FormatTemplate, t: TableRows, o: WriteOptions, eol: string): string {
  const cols = format.tables.requests.sections[0].columns;
  if (o.layout === 'word') {
    const head: string[][] = [
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
      ['', '自然人', '法人或其他组织', '总计'],
      ['', '', ...mapped(cols.slice(1, 6), (c) => c.label), ''],
    ];
    return word([...head, ...mapped(t.rows, (r, i) => [...wordLabels(r.path, t.rows[i - 1]?.path), ...r.values])], eol);
  }
  if (o.layout === 'markdown') return pipe(mapped(t.rows, (r) => [r.path.join(' / '), ...r.values]), ['项目', ...mapped(cols, (c) => c.label)], eol);
  const header = ['', '', '', ...mapped(cols, (c) => c.label)];
  return tsv([header, ...mapped(t.rows, (r) => [...r.path, ...Array(Math.max(0, 3 - r.path.length)).fill(''), ...r.values])], eol);
}

function appeals(t: TableRows, o: WriteOptions, eol: string): string {
  const outcomes = mapped(APPEAL_COLUMNS.slice(0, 5), (c) => c.label);
  const data = mapped(t.rows, (r) => [...r.values]);
  if (o.layout === 'word') {
    return word([['行政复议', '行政诉讼'], [...outcomes, '未经复议直接起诉', '复议后起诉'], ['', '', '', '', '', ...outcomes, ...outcomes], ...data], eol);
  }
  const header = mapped(APPEAL_COLUMNS, (c) => c.name.zh);
  return o.layout === 'markdown' ? pipe(data, header, eol) : tsv([header, ...data], eol);
}

function active(format: FormatTemplate, t: TableRows, o: WriteOptions, eol: string): string {
  const sections = format.tables.active.sections;
  const ids = [...new Set(mapped(t.rows, (r) => r.section ?? ''))];
  const blocks = mapped(ids, (id) => {
    const s = sections.find((x) => x.id === id);
    const rows = mapped(t.rows.filter((r) => (r.section ?? '') === id), (r) => [r.path[0] ?? '', ...r.values]);
    const header = ['信息内容', ...(s ? mapped(s.columns, (c) => c.label) : [])];
    const caption = s?.caption ?? '';
    if (o.layout === 'word') return word([...(caption ? [[caption]] : []), header, ...rows], eol);
    const body = o.layout === 'markdown' ? pipe(rows, header, eol) : tsv([header, ...rows], eol);
    return caption ? `${caption}${eol}${eol}${body}` : body;
  });
  return blocks.join(eol + eol);
}

/** Writes a table in one of the three layouts. */
export function writeTable(format: FormatTemplate, rows: TableRows, options: WriteOptions): string {
  const eol = options.eol ?? '\n';
  if (rows.kind === 'requests') return requests(format, rows, options, eol);
  if (rows.kind === 'appeals') return appeals(rows, options, eol);
  return active(format, rows, options, eol);
}
