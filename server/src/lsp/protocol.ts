import type { Range, TextEdit } from 'vscode-languageserver-protocol';
import type { ReportSummary } from '../core/features/summary';
import type { FormatId } from '../core/templates';

// The custom requests between the VS Code client and the server. Types and method names only, so that
// the client can import this file without pulling the server into its bundle.

export interface DocumentParams {
  readonly uri: string;
}

/** `govReport/status`: what the status bar shows for the active document. */
export const STATUS_REQUEST = 'govReport/status';
export interface StatusResult {
  /** false for documents that are not reports (the status bar item hides) */
  readonly served: boolean;
  readonly version?: number;
  readonly kind?: 'annual-report' | 'work-plan' | 'other';
  readonly format?: FormatId;
  /** "2021年版格式（…）", in the display language */
  readonly formatName?: string;
  /** how the format was chosen, in the display language */
  readonly formatSource?: string;
  readonly year?: number;
  readonly findings?: { readonly error: number; readonly warning: number; readonly information: number; readonly hint: number };
}

/** `govReport/summary`: the data of the summary view, recomputed from the current version. */
export const SUMMARY_REQUEST = 'govReport/summary';
export type SummaryResult = (ReportSummary<Range> & { readonly served: true; readonly version: number }) | { readonly served: false };

/** `govReport/convertTables`: edits that rewrite every recognised table in another layout. */
export const CONVERT_TABLES_REQUEST = 'govReport/convertTables';
export interface ConvertTablesParams extends DocumentParams {
  readonly layout: 'word' | 'markdown' | 'tsv';
}
export interface ConvertTablesResult {
  /** the version the edits are for; the client refuses them for any other */
  readonly version: number;
  readonly edits: TextEdit[];
  /** tables found in the document, and how many of them are already in the layout */
  readonly tables: number;
  readonly unchanged: number;
}

/** `govReport/skeleton`: the text of a new report. */
export const SKELETON_REQUEST = 'govReport/skeleton';
export interface SkeletonParams {
  readonly format: FormatId;
  readonly layout: 'word' | 'markdown';
  readonly year?: number;
}
export interface SkeletonResult {
  readonly text: string;
}

/** The client command a code lens runs to reveal a cell: arguments [uri, range]. */
export const REVEAL_COMMAND = 'govReport.revealRange';
/** The client command a code lens whose identities all hold runs: arguments [uri]. */
export const SUMMARY_COMMAND = 'govReport.showSummary';
