import type { TableRegion } from '../tables/table-regions';
import { LineIndex } from '../text/line-index';
import { TextRange } from '../text/range';
import { CellReading } from '../text/numbers';
import { ColumnTemplate, FormatId, FormatTemplate, PartTemplate, RowTemplate, TableKind } from '../templates';

export type DocumentKind = 'annual-report' | 'work-plan' | 'other';

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Heading {
  readonly level: HeadingLevel;
  /** the numbering as written: "一、", "(一)", "1．", "（1）" */
  readonly marker: string;
  readonly markerRange: TextRange;
  /** the number the marker stands for (一 → 1) */
  readonly number: number;
  /** heading text without the marker, up to the end of a run-in heading (first 。) */
  readonly title: string;
  /** marker + title, for selection ranges */
  readonly titleRange: TextRange;
  /** the whole line */
  readonly lineRange: TextRange;
  readonly line: number;
  /** from the heading line to the line before the next heading of the same or a higher level */
  readonly sectionRange: TextRange;
  readonly children: Heading[];
  readonly parent: Heading | undefined;
}

export interface Part {
  /** number written in the heading (一 → 1) */
  readonly number: number;
  /** the template part it was recognised as, by number and title keywords */
  readonly template: PartTemplate | undefined;
  readonly heading: Heading;
  readonly range: TextRange;
}

export interface Title {
  readonly text: string;
  /** one range per source line: a title may be split over several lines */
  readonly ranges: readonly TextRange[];
  readonly range: TextRange;
}

export type TableLayout = 'word' | 'markdown' | 'tsv';

/** A cell as read from the source, before it is tied to a template. */
export interface RawCell {
  /** the cell's text with the line breaks of a wrapped cell removed */
  readonly text: string;
  /** the cell's source: from the first to the last character of its text (empty cell: an empty range) */
  readonly range: TextRange;
  /**
   * source pieces in order, one per line of a wrapped cell; offsets of `text` map onto them. Undefined
   * for a cell of one piece (nearly all), which is its `range`: no array per cell.
   */
  readonly segments: readonly TextRange[] | undefined;
}

export interface RawRow {
  readonly cells: readonly RawCell[];
  readonly range: TextRange;
}

export interface Cell extends RawCell {
  readonly reading: CellReading;
  /** the value, when the cell reads as a number */
  readonly value: number | undefined;
  /** exactly the characters of the number, for edits that change only the number */
  readonly valueRange: TextRange | undefined;
  readonly column: ColumnTemplate | undefined;
}

export interface DataRow {
  /** the template row it matched */
  readonly template: RowTemplate | undefined;
  /** set when the row exists only in the other format (a 2021 report with the 2019 其他处理 row) */
  readonly otherFormat: FormatId | undefined;
  /** 表二 section id (item1, item5, …) */
  readonly section: string | undefined;
  /** label path for matching (normalised), levels joined with " / " */
  readonly label: string;
  /** label path as written, one entry per level (carried over from the rows above for merged cells) */
  readonly labelPath: readonly string[];
  readonly labelRange: TextRange | undefined;
  readonly columns: readonly ColumnTemplate[];
  /** value cells in column order; may be fewer or more than `columns` when the row is malformed */
  readonly values: readonly Cell[];
  readonly range: TextRange;
}

export interface Table {
  readonly kind: TableKind | undefined;
  readonly layout: TableLayout;
  /** number of the part it stands in, if any */
  readonly part: number | undefined;
  readonly range: TextRange;
  /** ranges of the source blocks (a Markdown 表二 is one pipe table per section) */
  readonly blocks: readonly TextRange[];
  readonly caption: string | undefined;
  readonly rows: readonly RawRow[];
  readonly headerRows: readonly RawRow[];
  readonly dataRows: readonly DataRow[];
}

export type LineKind = 'blank' | 'title' | 'heading' | 'table' | 'prose';

export interface FormatDecision {
  /** the template the report is checked against */
  readonly template: FormatTemplate;
  readonly source: 'setting' | 'tables' | 'year' | 'default';
  /** format implied by the report year */
  readonly byYear: FormatId | undefined;
  /** format whose fingerprints the tables carry, per table */
  readonly byActiveTable: FormatId | undefined;
  readonly byRequestsTable: FormatId | undefined;
}

export interface ReportModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly lineKinds: readonly LineKind[];
  readonly kind: DocumentKind;
  /** whether the document is one this checker is for (annual report or work plan) */
  readonly isReport: boolean;
  readonly title: Title | undefined;
  readonly year: number | undefined;
  readonly agency: string | undefined;
  readonly format: FormatDecision;
  /** every numbered heading, in document order */
  readonly headings: readonly Heading[];
  /** level-1 headings as a tree (children nested by level) */
  readonly outline: readonly Heading[];
  readonly parts: readonly Part[];
  /** from the end of the title to the first part */
  readonly preamble: TextRange | undefined;
  readonly tables: readonly Table[];
  /** the tables as read from the lines, before they are tied to templates (a new version's parse keeps those it can) */
  readonly regions: readonly TableRegion[];
  /** the 表二/表三/表四 of the report, when present */
  tableOf(kind: TableKind): Table | undefined;
  partOf(offset: number): Part | undefined;
}
