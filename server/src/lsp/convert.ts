import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver';
import { Lang, localize } from '../core/i18n';
import { ReportModel } from '../core/model/types';
import { Finding, Severity } from '../core/rules/types';
import { TextRange } from '../core/text/range';

export const SOURCE = 'gov-report';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The only place core offsets become LSP positions (both count UTF-16 code units). */
export function toRange(model: ReportModel, r: TextRange): Range {
  return model.lines.rangeToPositions(r);
}

export function toOffsets(model: ReportModel, r: Range): TextRange {
  return { start: model.lines.offsetAt(r.start), end: model.lines.offsetAt(r.end) };
}

/** What a diagnostic carries so that its quick fix can be produced without re-running the rules. */
export interface DiagnosticData {
  readonly version: number;
  readonly fix?: { readonly title: string; readonly edits: TextEdit[] };
}

export function toDiagnostic(finding: Finding, model: ReportModel, uri: string, version: number, lang: Lang): Diagnostic {
  const related: DiagnosticRelatedInformation[] | undefined = finding.related?.map((r) => ({
    location: { uri: r.uri ?? uri, range: r.uri ? (r.position ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }) : toRange(model, r.range) },
    message: localize(r.message, lang),
  }));
  const data: DiagnosticData = {
    version,
    fix: finding.fix && {
      title: localize(finding.fix.title, lang),
      edits: finding.fix.edits.map((e) => ({ range: toRange(model, e.range), newText: e.newText })),
    },
  };
  return {
    range: toRange(model, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: undefined,
    source: SOURCE,
    message: localize(finding.message, lang),
    relatedInformation: related?.length ? related : undefined,
    data,
  };
}
