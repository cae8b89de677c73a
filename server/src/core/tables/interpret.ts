import { compact } from '../model/compact';
import { keyStartsWithNumber, labelKey, trimSpace } from '../text/normalize';
import { readCell } from '../text/numbers';
import { ColumnTemplate, FORMATS, FormatId, FormatTemplate, RowTemplate, Table2Section, TableKind } from '../templates';
import { toCell } from './cells';
import { isCountText, wordsEnd } from './row-text';
import { chineseNumeral } from '../model/heading-syntax';
import { TableRegion } from './table-regions';
import { Cell, DataRow, RawCell, RawRow, Table } from '../model/types';
import { mapped } from '../arrays';

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Any of a few Chinese words, as one pattern, and the length of the shortest (see `hasWord`). */
interface WordPattern {
  readonly pattern: RegExp;
  readonly shortest: number;
}

function anyWord(words: readonly string[]): WordPattern {
  const pattern = new RegExp(mapped(words, (w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return { pattern, shortest: Math.min(...mapped(words, (w) => w.length)) };
}

/**
 * Whether the text holds one of the words. Most cells are counts, which hold no word, so a text shorter
 * than the shortest word or made of digits is not searched.
 */
function hasWord(words: WordPattern, text: string): boolean {
  return text.length >= words.shortest && !isCountText(text) && words.pattern.test(text);
}

/** Whether any of the cells holds one of the words. */
function anyCellHasWord(words: WordPattern, cells: readonly RawCell[]): boolean {
  for (let i = 0; i < cells.length; i++) if (hasWord(words, cells[i].text)) return true;
  return false;
}

const REQUEST_HEADER = anyWord(['申请人情况', '自然人', '商业企业', '科研机构', '勾稽关系', '法人或其他组织', '社会公益组织']);
const APPEAL_HEADER = anyWord(['行政复议', '行政诉讼', '结果维持', '结果纠正', '尚未审结', '直接起诉', '复议后起诉', '其他结果']);
const ACTIVE_CAPTION = /第二十条第/;
const SECTION_CAPTION = /第二十条第\(([一二三四五六七八九十]+)\)项/;
const ACTIVE_HEADER = anyWord([
  '信息内容', '本年制发', '本年废止', '现行有效', '处理决定', '收费金额', '本年新制作', '本年新公开', '对外公开总', '上一年项目', '本年增/减',
  '采购项目数量', '采购总金额',
]);

/** The patterns read on a row's text without its last count cells (see `wordsText`), for the tests. */
export const ROW_WORDS_PATTERNS: readonly RegExp[] = [ACTIVE_CAPTION, SECTION_CAPTION, ACTIVE_HEADER.pattern];

const isLabelCell = (c: RawCell) => {
  const r = readCell(c.text);
  return r.blank || (r.value === undefined && !r.placeholder && !keyStartsWithNumber(c.text));
};

/** From the first to the last non-empty cell of the first `count` cells (the labels). */
function labelRangeOf(cells: readonly RawCell[], count: number) {
  let first = -1;
  let last = -1;
  for (let i = 0; i < count; i++) {
    if (cells[i].text === '') continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? undefined : { start: cells[first].range.start, end: cells[last].range.end };
}

/**
 * The value cells cells[from…] read against their columns. `toCell` fills in each cell itself, so the list
 * is a copy of the row's own, of exactly their number.
 */
function valueCells(cells: readonly RawCell[], from: number, columns: readonly (ColumnTemplate | undefined)[]): Cell[] {
  const values = cells.slice(from);
  for (let i = 0; i < values.length; i++) toCell(values[i], columns[i]);
  return values as Cell[];
}

/** Cells whose texts are all empty (a spacer row). */
function allEmpty(cells: readonly RawCell[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i].text !== '') return false;
  return true;
}

// ---------- 表三 ----------

type Level = 0 | 1 | 2;

const CN_NUMERALS = new Set(Array.from('一二三四五六七八九十', (c) => c.charCodeAt(0)));
const isNumeral = (code: number) => CN_NUMERALS.has(code);

/** The end of the run of characters from `from` that pass `test`. */
function runEnd(text: string, from: number, test: (code: number) => boolean): number {
  let i = from;
  while (i < text.length && test(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The level a label's numbering gives it: 一、 (or 一.), (一) with either brackets, 1. (or 1、). Read by
 * character codes: this runs on every label of 表三, and the three patterns start with different characters.
 */
function levelOf(label: string): Level | undefined {
  const c = label.charCodeAt(0);
  if (isNumeral(c)) {
    const after = label.charCodeAt(runEnd(label, 1, isNumeral));
    return after === 0x3001 || after === 0x2e ? 0 : undefined; // 、 .
  }
  if (c === 0xff08 || c === 0x28) {
    const end = runEnd(label, 1, isNumeral);
    const close = label.charCodeAt(end);
    return end > 1 && (close === 0xff09 || close === 0x29) ? 1 : undefined; // ） )
  }
  if (isDigit(c)) {
    const after = label.charCodeAt(runEnd(label, 1, isDigit));
    return after === 0x2e || after === 0x3001 ? 2 : undefined;
  }
  return undefined;
}

/** A template row of 表三 and the patterns of its label levels, as ids into `RequestIndex.patterns` (-1: none). */
interface RequestCandidate {
  readonly row: RowTemplate;
  readonly format: FormatId;
  readonly patternIds: readonly number[];
}

/** The label keys of a 表三 row, level by level (undefined: no label at that level). */
type PathKeys = readonly (string | undefined)[];

/** The depth of a label path: its deepest level with a non-empty label. */
function depthOf(keys: PathKeys): number {
  return keys[2] ? 3 : keys[1] ? 2 : keys[0] ? 1 : 0;
}

/** What a label path matches, by its keys level by level (null: nothing). */
type KnownMatches = Map<string | undefined, Map<string | undefined, Map<string | undefined, RequestCandidate | null>>>;

/**
 * The 表三 rows of both formats grouped by the depth of their label path, in template order (the first
 * that matches wins). Many rows share a level's pattern (every result row tests 办理结果 at level one), so
 * each distinct pattern of a level has an id, and its result is kept while the label at its level stays.
 * Reports mostly write the template's own labels: what those match is worked out once, in `known`.
 */
interface RequestIndex {
  readonly byDepth: readonly (readonly RequestCandidate[])[];
  readonly patterns: readonly RegExp[];
  /** the pattern ids of each level */
  readonly levelIds: readonly (readonly number[])[];
  readonly known: KnownMatches;
}

/** The first candidate at the path's depth whose level patterns all match; `test` may remember results. */
function firstMatch(index: RequestIndex, keys: PathKeys, test: (id: number, key: string) => boolean): RequestCandidate | undefined {
  for (const c of index.byDepth[depthOf(keys)]) {
    let all = true;
    for (let level = 0; level < 3 && all; level++) {
      const id = c.patternIds[level];
      const key = keys[level];
      if (id >= 0) all = key !== undefined && test(id, key);
    }
    if (all) return c;
  }
  return undefined;
}

/** Records what a label path matches. */
function remember(known: KnownMatches, keys: PathKeys, match: RequestCandidate | null): void {
  let second = known.get(keys[0]);
  if (!second) known.set(keys[0], (second = new Map()));
  let third = second.get(keys[1]);
  if (!third) second.set(keys[1], (third = new Map()));
  third.set(keys[2], match);
}

let requestIndex: RequestIndex | undefined;
function requestRowIndex(): RequestIndex {
  if (requestIndex) return requestIndex;
  const patterns: RegExp[] = [];
  const levelIds: number[][] = [[], [], []];
  const idOf = (level: number, re: RegExp | undefined) => {
    if (!re) return -1;
    const known = levelIds[level].find((id) => patterns[id] === re);
    if (known !== undefined) return known;
    levelIds[level].push(patterns.length);
    return patterns.push(re) - 1;
  };
  const byDepth: RequestCandidate[][] = [[], [], [], []];
  const candidates: RequestCandidate[] = [];
  for (const f of FORMATS) {
    for (const row of f.tables.requests.sections[0].rows) {
      const patternIds = [idOf(0, row.match.l1), idOf(1, row.match.l2), idOf(2, row.match.l3)];
      const c = { row, format: f.id, patternIds };
      candidates.push(c);
      byDepth[patternIds.filter((id) => id >= 0).length].push(c);
    }
  }
  const index: RequestIndex = { byDepth, patterns, levelIds, known: new Map() };
  for (const { row } of candidates) {
    const keys = mapped([0, 1, 2], (level) => (row.path[level] === undefined ? undefined : labelKey(row.path[level])));
    remember(index.known, keys, firstMatch(index, keys, (id, key) => patterns[id].test(key)) ?? null);
  }
  return (requestIndex = index);
}

/**
 * Finds the template row of each data row of one table: a template path is looked up; other paths are
 * matched, and as consecutive rows share their upper labels (merged cells), a level's pattern results are
 * kept until the label at that level changes.
 */
class RequestRowMatcher {
  private readonly index = requestRowIndex();
  /** per pattern id: 0 not tested for the current label, 1 matches, 2 does not */
  private readonly results = new Uint8Array(this.index.patterns.length);
  /** the label each level's results are for */
  private readonly keys: (string | undefined)[] = [undefined, undefined, undefined];

  match(keys: PathKeys): RequestCandidate | undefined {
    const known = this.index.known.get(keys[0])?.get(keys[1])?.get(keys[2]);
    if (known !== undefined) return known ?? undefined;
    for (let level = 0; level < 3; level++) {
      if (keys[level] === this.keys[level]) continue;
      this.keys[level] = keys[level];
      for (const id of this.index.levelIds[level]) this.results[id] = 0;
    }
    return firstMatch(this.index, keys, this.test);
  }

  private readonly test = (id: number, key: string): boolean => {
    if (this.results[id] === 0) this.results[id] = this.index.patterns[id].test(key) ? 1 : 2;
    return this.results[id] === 1;
  };
}

/** "三、本年度办理结果 / （一）予以公开" in one cell: the levels of a label written with slashes. */
const LEVEL_SEPARATOR = /\s*\/\s*(?=[一二三四五六七八九十（(\d])/;

/**
 * The label path of 表三 rows, carried from row to row: a merged cell leaves its level to the rows above.
 * `keys` are label keys for matching, `raws` the labels as written.
 */
class LabelPath {
  readonly keys: (string | undefined)[] = [undefined, undefined, undefined];
  readonly raws: (string | undefined)[] = [undefined, undefined, undefined];
  /** labels read from the current row */
  private read = 0;

  /** Reads a row's label cells, cells[0, split); returns how many labels they hold. */
  readRow(cells: readonly RawCell[], split: number): number {
    this.read = 0;
    for (let i = 0; i < split; i++) {
      const text = cells[i].text;
      if (text === '') continue;
      if (text.indexOf('/') < 0) this.add(text);
      else for (const piece of text.split(LEVEL_SEPARATOR)) this.add(piece);
    }
    return this.read;
  }

  /** the non-empty keys joined with " / " */
  label(): string {
    let label = '';
    for (const k of this.keys) if (k) label = label === '' ? k : `${label} / ${k}`;
    return label;
  }

  rawLabels(): string[] {
    const out: string[] = [];
    for (const r of this.raws) if (r !== undefined) out.push(r);
    return compact(out);
  }

  /** Sets a label at the level its numbering (else its position in the row) gives, and clears the levels below. */
  private add(piece: string): void {
    const raw = trimSpace(piece);
    if (raw === '') return;
    const position = this.read++;
    const key = labelKey(raw);
    const level = levelOf(key) ?? (Math.min(position, 2) as Level);
    this.keys[level] = key;
    this.raws[level] = raw;
    for (let d = level + 1; d < 3; d++) this.keys[d] = this.raws[d] = undefined;
  }
}

/** A section's rows by id (the first of an id). */
const sectionRowsById = new WeakMap<Table2Section, ReadonlyMap<string, RowTemplate>>();
function rowsById(section: Table2Section): ReadonlyMap<string, RowTemplate> {
  let byId = sectionRowsById.get(section);
  if (!byId) {
    const map = new Map<string, RowTemplate>();
    for (const r of section.rows) if (!map.has(r.id)) map.set(r.id, r);
    sectionRowsById.set(section, (byId = map));
  }
  return byId;
}

function interpretRequests(rows: readonly RawRow[], template: FormatTemplate): Pick<Table, 'headerRows' | 'dataRows'> {
  const section = template.tables.requests.sections[0];
  const own = rowsById(section);
  const matcher = new RequestRowMatcher();
  const width = section.columns.length;
  const headerRows: RawRow[] = [];
  const dataRows: DataRow[] = [];
  const path = new LabelPath();
  for (const row of rows) {
    const cells = row.cells;
    if (anyCellHasWord(REQUEST_HEADER, cells)) {
      headerRows.push(row);
      continue;
    }
    let split = cells.length > width ? cells.length - width : 0;
    if (cells.length <= width) while (split < cells.length && isLabelCell(cells[split])) split++;
    const labels = path.readRow(cells, split);
    const hit = labels ? matcher.match(path.keys) : undefined;
    const ownRow = hit && own.get(hit.row.id);
    dataRows.push({
      template: ownRow ?? hit?.row,
      otherFormat: hit && !ownRow ? hit.format : undefined,
      section: section.id,
      label: path.label(),
      labelPath: path.rawLabels(),
      labelRange: labelRangeOf(cells, split),
      columns: section.columns,
      values: valueCells(cells, split, section.columns),
      range: row.range,
    });
  }
  return { headerRows, dataRows };
}

// ---------- 表二 ----------

function sectionByCaption(text: string, sections: readonly Table2Section[]): Table2Section | undefined {
  const m = SECTION_CAPTION.exec(labelKey(text));
  if (!m) return undefined;
  const n = chineseNumeral(m[1]);
  return sections.find((s) => s.id === `item${n}`);
}

interface ActiveRow {
  readonly section: Table2Section;
  readonly row: RowTemplate;
}

/** The rows of 表二's sections by the label key of their template label, in template order. */
const activeRowsByKey = new WeakMap<readonly Table2Section[], ReadonlyMap<string, readonly ActiveRow[]>>();
function rowsByKey(sections: readonly Table2Section[]): ReadonlyMap<string, readonly ActiveRow[]> {
  let byKey = activeRowsByKey.get(sections);
  if (!byKey) {
    const map = new Map<string, ActiveRow[]>();
    for (const section of sections) {
      for (const row of section.rows) {
        const key = labelKey(row.label);
        const list = map.get(key);
        if (list) list.push({ section, row });
        else map.set(key, [{ section, row }]);
      }
    }
    activeRowsByKey.set(sections, (byKey = map));
  }
  return byKey;
}

function keywordRow(key: string, section: Table2Section): ActiveRow | undefined {
  for (const row of section.rows) if (row.match.l1?.test(key)) return { section, row };
  return undefined;
}

/** The template row a 表二 label (as a label key) names, looking in the preferred section first. */
function findActiveRow(key: string, sections: readonly Table2Section[], preferred?: Table2Section): ActiveRow | undefined {
  // An exact label wins over a keyword (规范性文件 vs 行政规范性文件).
  const exact = rowsByKey(sections).get(key);
  if (exact) return exact.find((r) => r.section === preferred) ?? exact[0];
  const inPreferred = preferred && keywordRow(key, preferred);
  if (inPreferred) return inPreferred;
  for (const s of sections) {
    const found = s !== preferred && keywordRow(key, s);
    if (found) return found;
  }
  return undefined;
}

/**
 * The texts of a row's cells joined without a separator, up to its last cell that is not a count: what the
 * caption and header words are looked for in (see `wordsEnd`). A label and its counts is the label alone.
 */
function wordsText(cells: readonly RawCell[]): string {
  const end = wordsEnd(cells);
  if (end === 1) return cells[0].text;
  let all = '';
  for (let i = 0; i < end; i++) all += cells[i].text;
  return all;
}

function interpretActive(rows: readonly RawRow[], template: FormatTemplate): Pick<Table, 'headerRows' | 'dataRows'> {
  const sections = template.tables.active.sections;
  const other = FORMATS.find((f) => f.id !== template.id)!;
  const headerRows: RawRow[] = [];
  const dataRows: DataRow[] = [];
  let current: Table2Section | undefined;
  for (const row of rows) {
    const cells = row.cells;
    const first = cells[0]?.text ?? '';
    const all = wordsText(cells);
    if (ACTIVE_CAPTION.test(all)) {
      current = sectionByCaption(all, sections) ?? current;
      headerRows.push(row);
      continue;
    }
    if (hasWord(ACTIVE_HEADER, all) || allEmpty(cells)) {
      headerRows.push(row);
      continue;
    }
    const key = labelKey(first);
    const own = findActiveRow(key, sections, current);
    const foreign = own ? undefined : findActiveRow(key, other.tables.active.sections);
    const found = own ?? foreign;
    const sectionT = found?.section ?? current;
    const columns = sectionT?.columns ?? [];
    dataRows.push({
      template: found?.row,
      otherFormat: foreign ? other.id : undefined,
      section: sectionT?.id,
      label: key,
      labelPath: [trimSpace(first)],
      labelRange: labelRangeOf(cells, Math.min(1, cells.length)),
      columns,
      values: valueCells(cells, 1, columns),
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
    if (anyCellHasWord(APPEAL_HEADER, row.cells) || allEmpty(row.cells)) {
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
      values: valueCells(row.cells, 0, section.columns),
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

/** The rows of the blocks in order; a single block's own list when there is one (as nearly always). */
function rowsOf(regions: readonly TableRegion[]): readonly RawRow[] {
  if (regions.length === 1) return regions[0].rows;
  const rows: RawRow[] = [];
  for (const r of regions) for (const row of r.rows) rows.push(row);
  return rows;
}

export function interpretTable(group: TableGroup, template: FormatTemplate): Table {
  const rows = rowsOf(group.regions);
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
    blocks: mapped(group.regions, (r) => r.range),
    caption: group.caption,
    rows,
    // Named rather than spread: a spread copies the properties one by one at run time.
    headerRows: read.headerRows,
    dataRows: read.dataRows,
  };
}
