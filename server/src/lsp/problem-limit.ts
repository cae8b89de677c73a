import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { Lang, localize, msg } from '../core/i18n';
import { ReportModel } from '../core/model/types';
import { Finding, Severity } from '../core/rules/types';
import { SOURCE, toDiagnostic } from './convert';

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * The findings published for one document: at most `max` (0 = all), the most severe first, each severity
 * in document order. VS Code keeps only the first 1000 markers of a file anyway; a pasted 400-row table of
 * unknown rows would otherwise serialise thousands of diagnostics on every keystroke for nobody to see.
 */
export function publishedFindings(findings: readonly Finding[], max: number): { shown: readonly Finding[]; hidden: number } {
  if (max <= 0 || findings.length <= max) return { shown: findings, hidden: 0 };
  const order = findings.map((f, i) => i).sort((a, b) => RANK[findings[a].severity] - RANK[findings[b].severity] || a - b);
  const kept = order.slice(0, max).sort((a, b) => a - b);
  return { shown: kept.map((i) => findings[i]), hidden: findings.length - max };
}

/** One diagnostic at the top of the document that says how many were left out and how to see them all. */
export function hiddenProblemsNotice(hidden: number, max: number, lang: Lang): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: localize(
      msg(
        `另有 ${hidden} 处问题未显示（每个文档最多显示 ${max} 处，见设置 govReport.maxNumberOfProblems）；命令行 gov-report-lint 可列出全部。`,
        `${hidden} more problems not shown (at most ${max} per document, see govReport.maxNumberOfProblems); the gov-report-lint command line lists them all.`,
      ),
      lang,
    ),
  };
}

/** The diagnostics to publish for a document's findings, within the limit. */
export function diagnosticsFor(findings: readonly Finding[], model: ReportModel, uri: string, version: number, lang: Lang, max: number): Diagnostic[] {
  const { shown, hidden } = publishedFindings(findings, max);
  const diagnostics = shown.map((f) => toDiagnostic(f, model, uri, version, lang));
  if (hidden) diagnostics.push(hiddenProblemsNotice(hidden, max, lang));
  return diagnostics;
}
