import { Candidate, ExplicitPrevious, findPreviousReport, PreviousReport, reportFacts, withPreviousReport } from '../../../server/src/core/crossyear';
import { parseReport } from '../../../server/src/core/model/build';
import { Finding } from '../../../server/src/core/rules/types';
import { byRule } from '../../helpers/lint';

export interface FileText {
  readonly name: string;
  readonly text: string;
}

export const uriOf = (name: string) => `file:///reports/${name}`;

export function candidates(files: readonly FileText[]): Candidate[] {
  return files.map((f) => {
    const model = parseReport(f.text);
    return { uri: uriOf(f.name), label: f.name, facts: reportFacts(model), model: () => model };
  });
}

/** What the adapters do: find the previous report among the files, then lint with it. */
export function previousFor(current: FileText, files: readonly FileText[], explicit?: string): PreviousReport | undefined {
  const model = parseReport(current.text);
  const named: ExplicitPrevious | undefined = explicit ? { uri: uriOf(explicit), label: explicit } : undefined;
  return findPreviousReport({ uri: uriOf(current.name), facts: reportFacts(model) }, candidates([current, ...files]), named);
}

export function crossYear(current: FileText, files: readonly FileText[], explicit?: string): Finding[] {
  return byRule(current.text, 'cross-year', { others: withPreviousReport(previousFor(current, files, explicit)) });
}

/** The text a finding points at, in this document or (with a uri) in another one, by line and column. */
export function textAt(text: string, pos: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  if (pos.start.line !== pos.end.line) throw new Error('multi-line range');
  return lines[pos.start.line].slice(pos.start.character, pos.end.character);
}
