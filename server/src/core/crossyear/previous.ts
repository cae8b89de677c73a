import { ReportModel } from '../model/types';

/**
 * The previous year's report as the adapters found it, passed to the rules through `RuleContext.others`
 * under `PREVIOUS_REPORT`. A missing entry means "not known": the cross-year checks are simply skipped.
 */
export type PreviousReport = PreviousFound | PreviousAmbiguous | PreviousUnusable;

export interface PreviousFound {
  readonly status: 'found';
  readonly uri: string;
  /** how messages name the file: a workspace-relative path or the path the CLI was given */
  readonly label: string;
  readonly model: ReportModel;
  /** named by the `govReport.previousReport` setting, or found among the candidates */
  readonly source: 'setting' | 'search';
}

/** Several files look like last year's report of the same agency: none is used. */
export interface PreviousAmbiguous {
  readonly status: 'ambiguous';
  readonly candidates: readonly { readonly uri: string; readonly label: string }[];
}

/** The explicitly named previous report cannot be used. */
export interface PreviousUnusable {
  readonly status: 'unusable';
  readonly uri: string;
  readonly label: string;
  readonly reason: 'missing' | 'not-report' | 'not-previous-year';
  /** for not-previous-year: the year that file reports on */
  readonly year?: number;
}

export const PREVIOUS_REPORT = 'previousReport';

/** The typed accessor for `RuleContext.others` (and `lint(text, { others })`). */
export function previousReportOf(others: Readonly<Record<string, unknown>> | undefined): PreviousReport | undefined {
  const p = others?.[PREVIOUS_REPORT] as PreviousReport | undefined;
  return p && typeof p === 'object' && typeof p.status === 'string' ? p : undefined;
}

/** The `others` record that carries a previous report (empty when none is known). */
export function withPreviousReport(previous: PreviousReport | undefined): Readonly<Record<string, unknown>> {
  return previous ? { [PREVIOUS_REPORT]: previous } : {};
}

/** The found report only: what the identity checks read. */
export function foundPreviousReport(others: Readonly<Record<string, unknown>> | undefined): PreviousFound | undefined {
  const p = previousReportOf(others);
  return p?.status === 'found' ? p : undefined;
}
