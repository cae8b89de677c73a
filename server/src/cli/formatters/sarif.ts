import type { Log, ReportingDescriptor, Result } from 'sarif';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Lang, localize } from '../../core/i18n';
import { Rule, Severity } from '../../core/rules/types';
import { FileResult } from '../results';
import { relatedPlace } from './related';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 as code-scanning services read it: rule metadata, and locations with line and column. */
export function sarif(results: readonly FileResult[], rules: readonly Rule[], lang: Lang, version: string, cwd = process.cwd()): string {
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: localize(r.meta.description, lang) },
    fullDescription: { text: `${r.meta.description.zh} / ${r.meta.description.en}` },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    help: { text: `docs/rules/${r.meta.id}.md` },
    properties: { tags: r.meta.implements ? [...r.meta.implements] : [] },
  }));
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const root = pathToFileURL(cwd + path.sep).href;
  const artifact = (file: string) => {
    const rel = path.relative(cwd, file).split(path.sep).join('/');
    return rel.startsWith('..') || path.isAbsolute(rel) ? { uri: pathToFileURL(file).href } : { uri: rel, uriBaseId: 'SRCROOT' };
  };
  const sarifResults: Result[] = results.flatMap((r) =>
    r.findings.map((f): Result => {
      const { start, end } = r.model!.lines.rangeToPositions(f.range);
      const relatedLocations = f.related?.map((x, id) => {
        const place = relatedPlace(r.model!, x);
        return {
          id,
          message: { text: localize(x.message, lang) },
          physicalLocation: {
            artifactLocation: artifact(place.file ?? r.file),
            region: { startLine: place.start.line + 1, startColumn: place.start.character + 1, endLine: place.end.line + 1, endColumn: place.end.character + 1 },
          },
        };
      });
      return {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: localize(f.message, lang) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact(r.file),
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
          },
        ],
        relatedLocations: relatedLocations?.length ? relatedLocations : undefined,
      };
    }),
  );
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'gov-report-lint', version, rules: descriptors } },
        originalUriBaseIds: { SRCROOT: { uri: root } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
