import { applyEdits } from '../../server/src/core/fix/apply';
import { lint, LintOptions } from '../../server/src/core/lint';
import { TableLayout } from '../../server/src/core/model/types';
import { Finding } from '../../server/src/core/rules/types';
import { convertTables } from '../../server/src/core/tables/convert';

export function findings(text: string, options: LintOptions = {}): readonly Finding[] {
  return lint(text, { ...options, onRuleError: (id, e) => { throw new Error(`rule ${id} failed: ${String(e)}`); } }).findings;
}

export function byRule(text: string, rule: string, options: LintOptions = {}): Finding[] {
  return findings(text, options).filter((f) => f.rule === rule);
}

/** The document with every table rewritten in another layout (done in the test, never stored). */
export function inLayout(text: string, layout: TableLayout): string {
  return layout === 'word' ? text : applyEdits(text, convertTables(lint(text).model, layout));
}

export const LAYOUTS: readonly TableLayout[] = ['word', 'markdown', 'tsv'];
