import { Lang, localize } from '../../core/i18n';
import { FileResult } from '../results';
import { relatedPlace } from './related';

/** Machine-readable findings: 1-based lines and columns (UTF-16), as editors count them. */
export function json(results: readonly FileResult[], lang: Lang): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      skipped: r.skipped,
      kind: r.model?.kind,
      format: r.model?.isReport ? r.model.format.template.id : undefined,
      year: r.model?.year,
      findings: r.findings.map((f) => {
        const { start, end } = r.model!.lines.rangeToPositions(f.range);
        return {
          rule: f.rule,
          severity: f.severity,
          message: localize(f.message, lang),
          line: start.line + 1,
          column: start.character + 1,
          endLine: end.line + 1,
          endColumn: end.character + 1,
          related: f.related?.map((x) => {
            const place = relatedPlace(r.model!, x);
            return {
              message: localize(x.message, lang),
              file: place.file,
              line: place.start.line + 1,
              column: place.start.character + 1,
              endLine: place.end.line + 1,
              endColumn: place.end.character + 1,
            };
          }),
          fix: f.fix ? { title: localize(f.fix.title, lang), edits: f.fix.edits.map((e) => ({ start: e.range.start, end: e.range.end, text: e.newText })) } : undefined,
        };
      }),
    })),
    null,
    2,
  );
}
