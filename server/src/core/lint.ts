import { fixAll, FixAllResult } from './fix/apply';
import { parseReport, ParseOptions } from './model/build';
import { ReportModel } from './model/types';
import { runRules, RunOptions } from './rules/engine';
import { RULES } from './rules';
import { Finding, Rule } from './rules/types';

export interface LintOptions extends ParseOptions, RunOptions {
  /** the rules to run (default: all) */
  readonly ruleSet?: readonly Rule[];
}

export interface LintResult {
  readonly model: ReportModel;
  readonly findings: readonly Finding[];
}

/** Parse once, run every rule: the whole check of one document. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const model = parseReport(text, options);
  return { model, findings: model.isReport ? runRules(model, options.ruleSet ?? RULES, options) : [] };
}

export function lintModel(model: ReportModel, options: LintOptions = {}): readonly Finding[] {
  return model.isReport ? runRules(model, options.ruleSet ?? RULES, options) : [];
}

/** Applies every certain fix until none is left (bounded). */
export function fixText(text: string, options: LintOptions = {}): FixAllResult {
  return fixAll(text, (t) => lint(t, options).findings);
}
