import { FormatDecision, ReportModel } from '../core/model/types';
import { Finding } from '../core/rules/types';

/** What the formatters read of a report's model (all that comes back from a worker thread). */
export type ResultModel = Pick<ReportModel, 'kind' | 'isReport' | 'year' | 'lines'> & { readonly format: Pick<FormatDecision, 'template'> };

export interface FileResult {
  readonly file: string;
  readonly model: ResultModel | undefined;
  readonly findings: readonly Finding[];
  /** set when the file is not a report and was not checked */
  readonly skipped?: string;
  /** number of edits applied by --fix */
  readonly fixed?: number;
}

export function countBySeverity(results: readonly FileResult[]) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results)
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  return { errors, warnings, infos };
}
