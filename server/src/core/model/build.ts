import { LineIndex } from '../text/line-index';
import { isBlank } from '../text/normalize';
import { FormatId, formatById, formatForYear, PARTS, TableKind } from '../templates';
import { readAgency, readTitle, readYear } from './document-facts';
import { readHeadings } from './headings';
import { UnchangedParse } from './unchanged';
import { findTableRegions, TableRegion } from '../tables/table-regions';
import { interpretTable, TableGroup } from '../tables/interpret';
import { RowTexts } from '../tables/row-text';
import { formatByContent, kindByContent } from '../tables/table-kind';
import { DocumentKind, FormatDecision, Heading, LineKind, Part, ReportModel, Table, Title } from './types';
import { mapped } from '../arrays';

export interface ParseOptions {
  /** a format chosen by the user instead of detection */
  readonly format?: FormatId;
  /** treat the document as an annual report even when detection does not recognise it */
  readonly assumeReport?: boolean;
}

const ANNUAL_TITLE = /政府信息公开.{0,12}年度报告/;
const WORK_PLAN_TITLE = /工作要点/;

/**
 * Table lines, then blank or prose for the others. The regions are in document order and do not overlap,
 * so one cursor walks them beside the lines, and only lines outside them are read: most lines of a report
 * are in its tables.
 */
function classifyLines(lines: LineIndex, regions: readonly TableRegion[]): LineKind[] {
  let r = 0;
  return mapped(lines.lines, (line, n): LineKind => {
    while (r < regions.length && regions[r].lastLine < n) r++;
    if (r < regions.length && regions[r].firstLine <= n) return 'table';
    return isBlank(line.text) ? 'blank' : 'prose';
  });
}

function readParts(outline: readonly Heading[], annual: boolean): Part[] {
  return mapped(outline
    .filter((h) => h.level === 1), (heading) => {
      const byNumber = PARTS.find((p) => p.number === heading.number);
      const template = !annual
        ? undefined
        : byNumber && byNumber.keywords.test(heading.title)
          ? byNumber
          : PARTS.find((p) => p.keywords.test(heading.title));
      return { number: heading.number, template, heading, range: heading.sectionRange };
    });
}

function documentKind(title: Title | undefined, outline: readonly Heading[]): DocumentKind {
  if (title && ANNUAL_TITLE.test(title.text)) return 'annual-report';
  if (title && WORK_PLAN_TITLE.test(title.text)) return 'work-plan';
  // Without a recognisable title, several of the six standard part headings make a report.
  const standard = outline.filter((h) => h.level === 1 && PARTS.some((p) => p.number === h.number && p.keywords.test(h.title)));
  return standard.length >= 3 ? 'annual-report' : 'other';
}

/** A group of tables and the texts of its first block's rows, which its kind was read from. */
interface DetectedGroup extends TableGroup {
  readonly firstTexts: RowTexts;
}

function groupTables(regions: readonly TableRegion[], partAt: (offset: number) => Part | undefined): DetectedGroup[] {
  const groups: { kind: TableKind | undefined; part: number | undefined; regions: TableRegion[]; caption: string | undefined; firstTexts: RowTexts }[] = [];
  for (const region of regions) {
    const texts = new RowTexts(region.rows);
    const part = partAt(region.range.start);
    const kind = kindByContent(texts) ?? part?.template?.table;
    const partNo = part?.template?.number ?? part?.number;
    const prev = groups[groups.length - 1];
    if (prev && prev.kind === kind && prev.part === partNo && kind !== undefined) prev.regions.push(region);
    else groups.push({ kind, part: partNo, regions: [region], caption: undefined, firstTexts: texts });
  }
  return groups;
}

/** The rows of a group's blocks, read as one for its format. */
function groupTexts(g: DetectedGroup): RowTexts {
  // A group of several blocks (a Markdown 表二 is a table per section) is read again as one.
  return g.regions.length === 1 ? g.firstTexts : new RowTexts(g.regions.flatMap((r) => r.rows));
}

function decideFormat(options: ParseOptions, year: number | undefined, groups: readonly DetectedGroup[]): FormatDecision {
  const active = groups.find((x) => x.kind === 'active');
  const byActiveTable = active && formatByContent('active', groupTexts(active));
  const byYear = year !== undefined ? formatForYear(year) : undefined;
  const requests = groups.find((x) => x.kind === 'requests');
  // Read even when the decision does not need it. A getter that read it on first use saved a twentieth of
  // a parse but gave every model's format object a hidden class of its own, whose getter kept the whole
  // model alive through minor GCs: each scavenge promoted some twenty dead models (5 ms pauses).
  const byRequestsTable = requests && formatByContent('requests', groupTexts(requests));
  const [id, source]: [FormatId, FormatDecision['source']] = options.format
    ? [options.format, 'setting']
    : byActiveTable
      ? [byActiveTable, 'tables']
      : byYear
        ? [byYear, 'year']
        : byRequestsTable
          ? [byRequestsTable, 'tables']
          : ['2021', 'default'];
  return { template: formatById(id), source, byYear, byActiveTable, byRequestsTable };
}

/**
 * The part holding `offset` (end inclusive). Parts are level-1 sections in document order and never overlap,
 * so a binary search finds it: rules ask this for every sentence and cell, on documents of thousands of parts.
 */
function partAt(parts: readonly Part[], offset: number): Part | undefined {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid].range.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const p = parts[lo];
  return p && p.range.start <= offset && offset <= p.range.end ? p : undefined;
}

/** Builds the document model: the one parse every feature reads. */
export function parseReport(text: string, options: ParseOptions = {}, unchanged?: UnchangedParse): ReportModel {
  const lines = new LineIndex(text, unchanged?.lines);
  const regions = findTableRegions(lines, unchanged?.regions);
  const lineKinds = classifyLines(lines, regions);
  const headings = readHeadings(lines, lineKinds);
  const title = readTitle(lines, lineKinds);
  if (title) for (const r of title.ranges) lineKinds[lines.lineAt(r.start).number] = 'title';
  const outline = headings.filter((h) => !h.parent);
  const detected = documentKind(title, outline);
  const kind = detected === 'other' && options.assumeReport ? 'annual-report' : detected;
  const parts = readParts(outline, kind === 'annual-report');
  const firstPart = parts[0]?.heading.lineRange.start ?? text.length;
  const preambleStart = title ? lines.lineAt(title.range.end).next : 0;
  const preamble = preambleStart < firstPart ? { start: preambleStart, end: firstPart } : undefined;
  const head = text.slice(0, Math.min(text.length, Math.max(firstPart, 4000)));
  const year = readYear(title, head);
  const agency = readAgency(title, head);
  const partOf = (offset: number) => partAt(parts, offset);
  const groups = groupTables(regions, partOf);
  const format = decideFormat(options, year, groups);
  const tables: Table[] = mapped(groups, (g) => interpretTable(g, format.template));
  const firstTable = new Map<TableKind | undefined, Table>();
  for (const t of tables) if (!firstTable.has(t.kind)) firstTable.set(t.kind, t);
  return {
    text,
    lines,
    lineKinds,
    kind,
    isReport: kind !== 'other',
    title,
    year,
    agency,
    format,
    headings,
    outline,
    parts,
    preamble,
    tables,
    regions,
    tableOf: (k) => firstTable.get(k),
    partOf,
  };
}
