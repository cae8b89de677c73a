import { labelKey, trimSpace } from '../text/normalize';
import { readCell } from '../text/numbers';
import { FORMATS, FormatId, FormatTemplate, RowTemplate, Table2Section, TableKind } from '../templates';
import { toCell } from './cells';
import { chineseNumeral } from '../model/heading-syntax';
import { TableRegion } from './table-regions';
import { DataRow, RawCell, RawRow, Table } from '../model/types';

const REQUEST_HEADER = /申请人情况|自然人|商业企业|科研机构|勾稽关系|法人或其他组织|社会公益组织/;
const APPEAL_HEADER = /行政复议|行政诉讼|结果维持|结果纠正|尚未审结|直接起诉|复议后起诉|其他结果/;
const ACTIVE_CAPTION = /第二十条第/;
const ACTIVE_HEADER = /信息内容|本年制发|本年废止|现行有效|处理决定|收费金额|本年新制作|本年新公开|对外公开总|上一年项目|本年增\/减|采购项目数量|采购总金额/;

// Detection reads every row's text two or three times (kind, then format); compute it once per row.
const rowTexts = new WeakMap<RawRow, string>();
function rowText(row: RawRow): string {
  let t = rowTexts.get(row);
  if (t === undefined) rowTexts.set(row, (t = labelKey(row.cells.map((c) => c.text).join(' '))));
  return t;
}

/** Which of the three tables a block of rows is, from its own text (undefined when it cannot tell). */
export function kindByContent(rows: readonly RawRow[]): TableKind | undefined {
  const text = rows.map(rowText).join('\n');
  if (/本年新收|上年结转|办理结果|申请人情况/.test(text)) return 'requests';
  if (/第二十条|信息内容|行政许可|行政处罚|规范性文件/.test(text)) return 'active';
  if (/行政复议|行政诉讼|结果维持|直接起诉|复议后起诉/.test(text)) return 'appeals';
  return undefined;
}

/** The format whose fingerprints a table's text carries (domain §1). */
export function formatByContent(kind: TableKind | undefined, rows: readonly RawRow[]): FormatId | undefined {
  const text = rows.map(rowText).join('\n');
  if (kind === 'requests') {
    if (/逾期.*补正|缴纳费用/.test(text)) return '2021';
    if (/其他处理/.test(text)) return '2019';
    return undefined;
  }
  if (kind !== 'active') return undefined;
  let best: FormatId | undefined;
  let bestScore = 0;
  for (const f of FORMATS) {
    const score = f.fingerprints.filter((re) => re.test(text)).length;
    if (score > bestScore) [best, bestScore] = [f.id, score];
    else if (score === bestScore) best = undefined;
  }
  return best;
}

const isLabelCell = (c: RawCell) => {
  const r = readCell(c.text);
  return r.blank || (r.value === undefined && !r.placeholder && !/^[+\-]?\d/.test(labelKey(c.text)));
};

function labelRangeOf(cells: readonly RawCell[]) {
  const named = cells.filter((c) => c.text !== '');
  return named.length ? { start: named[0].range.start, end: named[named.length - 1].range.end } : undefined;
}

// ---------- 表三 ----------

type Level = 0 | 1 | 2;

function levelOf(label: string): Level | undefined {
  if (/^[一二三四五六七八九十]+[、.]/.test(label)) return 0;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(label)) return 1;
  if (/^\d+[.、]/.test(label)) return 2;
  return undefined;
}

interface RequestCandidate {
  readonly row: RowTemplate;
  readonly format: FormatId;
  readonly matchers: readonly (RegExp | undefined)[];
  readonly depth: number;
}

function matchesPath(c: RequestCandidate, path: readonly (string | undefined)[], rowDepth: number): boolean {
  if (c.depth !== rowDepth) return false;
  for (let i = 0; i < 3; i++) {
    const re = c.matchers[i];
    if (re && (path[i] === undefined || !re.test(path[i]!))) return false;
  }
  return true;
}

let requestRows: readonly RequestCandidate[] | undefined;
function allRequestRows(): readonly RequestCandidate[] {
  return (requestRows ??= FORMATS.flatMap((f) =>
    f.tables.requests.sections[0].rows.map((row) => {
      const matchers = [row.match.l1, row.match.l2, row.match.l3];
      return { row, format: f.id, matchers, depth: matchers.filter(Boolean).length };
    }),
  ));
}

function interpretRequests(rows: readonly RawRow[], template: FormatTemplate): Pick<Table, 'headerRows' | 'dataRows'> {
  const section = template.tables.requests.sections[0];
  const own = new Set(section.rows.map((r) => r.id));
  const candidates = allRequestRows();
  const headerRows: RawRow[] = [];
  const dataRows: DataRow[] = [];
  const path: (string | undefined)[] = [undefined, undefined, undefined];
  const rawPath: (string | undefined)[] = [undefined, undefined, undefined];
  for (const row of rows) {
    const cells = row.cells;
    if (cells.some((c) => REQUEST_HEADER.test(c.text))) {
      headerRows.push(row);
      continue;
    }
    const width = section.columns.length;
    let split = cells.length > width ? cells.length - width : 0;
    if (cells.length <= width) while (split < cells.length && isLabelCell(cells[split])) split++;
    const labels = cells.slice(0, split);
    const values = cells.slice(split);
    const raws = labels.flatMap((c) => c.text.split(/\s*\/\s*(?=[一二三四五六七八九十（(\d])/)).map(trimSpace).filter((t) => t !== '');
    const texts = raws.map(labelKey);
    texts.forEach((t, i) => {
      const level = levelOf(t) ?? (Math.min(i, 2) as Level);
      path[level] = t;
      rawPath[level] = raws[i];
      for (let d = level + 1; d < 3; d++) path[d] = rawPath[d] = undefined;
    });
    const rowDepth = path[2] ? 3 : path[1] ? 2 : path[0] ? 1 : 0;
    const hit = texts.length ? candidates.find((c) => matchesPath(c, path, rowDepth)) : undefined;
    const tpl = hit && (own.has(hit.row.id) ? section.rows.find((r) => r.id === hit.row.id)! : hit.row);
    dataRows.push({
      template: tpl,
      otherFormat: hit && !own.has(hit.row.id) ? hit.format : undefined,
      section: section.id,
      label: path.filter(Boolean).join(' / '),
      labelPath: rawPath.filter((x): x is string => x !== undefined),
      labelRange: labelRangeOf(labels),
      columns: section.columns,
      values: values.map((c, i) => toCell(c, section.columns[i])),
      range: row.range,
    });
  }
  return { headerRows, dataRows };
}

// ---------- 表二 ----------

function sectionByCaption(text: string, sections: readonly Table2Section[]): Table2Section | undefined {
  const m = /第二十条第\(([一二三四五六七八九十]+)\)项/.exec(labelKey(text));
  if (!m) return undefined;
  const n = chineseNumeral(m[1]);
  return sections.find((s) => s.id === `item${n}`);
}

function findActiveRow(label: string, sections: readonly Table2Section[], preferred?: Table2Section) {
  const key = labelKey(label);
  const ordered = preferred ? [preferred, ...sections.filter((s) => s !== preferred)] : sections;
  // An exact label wins over a keyword (规范性文件 vs 行政规范性文件).
  for (const s of ordered) for (const r of s.rows) if (labelKey(r.label) === key) return { section: s, row: r };
  for (const s of ordered) for (const r of s.rows) if (r.match.l1?.test(key)) return { section: s, row: r };
  return undefined;
}

function interpretActive(rows: readonly RawRow[], template: FormatTemplate): Pick<Table, 'headerRows' | 'dataRows'> {
  const sections = template.tables.active.sections;
  const other = FORMATS.find((f) => f.id !== template.id)!;
  const headerRows: RawRow[] = [];
  const dataRows: DataRow[] = [];
  let current: Table2Section | undefined;
  for (const row of rows) {
    const first = row.cells[0]?.text ?? '';
    const all = row.cells.map((c) => c.text).join('');
    if (ACTIVE_CAPTION.test(all)) {
      current = sectionByCaption(all, sections) ?? current;
      headerRows.push(row);
      continue;
    }
    if (ACTIVE_HEADER.test(all) || row.cells.every((c) => c.text === '')) {
      headerRows.push(row);
      continue;
    }
    const own = findActiveRow(first, sections, current);
    const foreign = own ? undefined : findActiveRow(first, other.tables.active.sections);
    const found = own ?? foreign;
    const sectionT = found?.section ?? current;
    const columns = sectionT?.columns ?? [];
    const values = row.cells.slice(1);
    dataRows.push({
      template: found?.row,
      otherFormat: foreign ? other.id : undefined,
      section: sectionT?.id,
      label: labelKey(first),
      labelPath: [trimSpace(first)],
      labelRange: labelRangeOf(row.cells.slice(0, 1)),
      columns,
      values: values.map((c, i) => toCell(c, columns[i])),
      range: row.range,
    });
  }
  return { headerRows, dataRows };
}

// ---------- 表四 ----------

function interpretAppeals(rows: readonly RawRow[], template: FormatTemplate): Pick<Table, 'headerRows' | 'dataRows'> {
  const section = template.tables.appeals.sections[0];
  const headerRows: RawRow[] = [];
  const dataRows: DataRow[] = [];
  for (const row of rows) {
    if (row.cells.some((c) => APPEAL_HEADER.test(c.text)) || row.cells.every((c) => c.text === '')) {
      headerRows.push(row);
      continue;
    }
    dataRows.push({
      template: section.rows[0],
      otherFormat: undefined,
      section: section.id,
      label: '',
      labelPath: [],
      labelRange: undefined,
      columns: section.columns,
      values: row.cells.map((c, i) => toCell(c, section.columns[i])),
      range: row.range,
    });
  }
  return { headerRows, dataRows };
}

export interface TableGroup {
  readonly kind: TableKind | undefined;
  readonly part: number | undefined;
  readonly regions: readonly TableRegion[];
  readonly caption: string | undefined;
}

export function interpretTable(group: TableGroup, template: FormatTemplate): Table {
  const rows = group.regions.flatMap((r) => r.rows);
  const read =
    group.kind === 'requests'
      ? interpretRequests(rows, template)
      : group.kind === 'active'
        ? interpretActive(rows, template)
        : group.kind === 'appeals'
          ? interpretAppeals(rows, template)
          : { headerRows: rows, dataRows: [] };
  const first = group.regions[0];
  const last = group.regions[group.regions.length - 1];
  return {
    kind: group.kind,
    layout: first.layout,
    part: group.part,
    range: { start: first.range.start, end: last.range.end },
    blocks: group.regions.map((r) => r.range),
    caption: group.caption,
    rows,
    ...read,
  };
}
