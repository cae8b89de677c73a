import * as path from 'path';
import { pathToFileURL } from 'url';
import { Candidate, findPreviousReport, PreviousReport, reportFacts, withPreviousReport } from '../core/crossyear';
import { parseReport, ParseOptions } from '../core/model/build';
import { ReportModel } from '../core/model/types';
import { readText } from './inputs';

/**
 * The CLI's view across files: every report given on the command line is a candidate previous report
 * for the others (`gov-report-lint reports/` checks 2024 against 2023). Unreadable files are left to
 * the per-file check, which reports them.
 */
export class PreviousReports {
  private readonly models = new Map<string, ReportModel>();
  /** one candidate per report, kept up to date by update(): rebuilding them per file made a run quadratic */
  private readonly candidates = new Map<string, Candidate>();

  constructor(
    files: readonly string[],
    private readonly options: ParseOptions = {},
    private readonly cwd = process.cwd(),
  ) {
    for (const file of files) {
      try {
        const model = parseReport(readText(file), options);
        if (model.kind === 'annual-report') this.set(file, model);
      } catch {
        /* reported when the file itself is checked */
      }
    }
  }

  /** After --fix, the later reports are compared with the fixed text. */
  update(file: string, model: ReportModel | undefined): void {
    if (model?.kind === 'annual-report') this.set(file, model);
    else {
      this.models.delete(file);
      this.candidates.delete(file);
    }
  }

  private set(file: string, m: ReportModel): void {
    this.models.set(file, m);
    this.candidates.set(file, { uri: pathToFileURL(file).href, label: this.label(file), facts: reportFacts(m), model: () => m });
  }

  label(file: string): string {
    const rel = path.relative(this.cwd, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
  }

  previousOf(file: string): PreviousReport | undefined {
    const model = this.models.get(file) ?? parseReport(readText(file), this.options);
    return findPreviousReport({ uri: pathToFileURL(file).href, facts: reportFacts(model) }, [...this.candidates.values()]);
  }

  /** The `others` to lint `file` with. */
  othersFor(file: string): Readonly<Record<string, unknown>> {
    try {
      return withPreviousReport(this.previousOf(file));
    } catch {
      return {};
    }
  }
}
