import { msg } from '../i18n';
import { DocumentKind, ReportModel } from '../model/types';
import { overlaps } from '../text/range';
import { Finding, FindingInput, Rule, SeveritySetting } from './types';

export interface RuleSettings {
  /** per-rule severity; `default` applies to every rule not named */
  readonly [ruleId: string]: SeveritySetting | undefined;
}

export interface RunOptions {
  readonly rules?: RuleSettings;
  readonly others?: Readonly<Record<string, unknown>>;
  /** called when a rule throws or reports something invalid; the other rules go on */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
}

function isValidRange(r: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= length;
}

function validRange(model: ReportModel, f: FindingInput): boolean {
  const n = model.text.length;
  if (!isValidRange(f.range, n)) return false;
  if (f.related && !f.related.every((x) => x.uri !== undefined || isValidRange(x.range, n))) return false;
  if (f.fix) {
    const edits = f.fix.edits;
    if (!edits.length || !edits.every((e) => isValidRange(e.range, n))) return false;
    for (let i = 0; i < edits.length; i++) for (let j = i + 1; j < edits.length; j++) if (overlaps(edits[i].range, edits[j].range)) return false;
  }
  return true;
}

/** The kinds of document a rule runs on when its meta names none. */
const DEFAULT_KINDS: readonly DocumentKind[] = ['annual-report'];
const NO_OTHERS: Readonly<Record<string, unknown>> = Object.freeze({});

/** Runs the rules over one model. A rule that throws is reported through `onRuleError`, never fatal. */
export function runRules(model: ReportModel, rules: readonly Rule[], options: RunOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const others = options.others ?? NO_OTHERS;
  for (const rule of rules) {
    const { meta } = rule;
    const configured = options.rules?.[meta.id] ?? options.rules?.default;
    if (configured === 'off') continue;
    if (!(meta.appliesTo ?? DEFAULT_KINDS).includes(model.kind)) continue;
    try {
      rule.check({
        model,
        configuredSeverity: configured,
        others,
        report(input) {
          if (!validRange(model, input)) {
            options.onRuleError?.(meta.id, new Error(`invalid range or fix from rule ${meta.id}`));
            return;
          }
          findings.push({
            rule: meta.id,
            severity: configured ?? input.severity ?? meta.defaultSeverity,
            range: input.range,
            message: input.message,
            related: input.related,
            fix: input.fix,
          });
        },
      });
    } catch (error) {
      options.onRuleError?.(meta.id, error);
    }
  }
  return findings.sort(byPosition);
}

/** Document order; findings at the same range in rule id order (a stable sort keeps each rule's own order). */
function byPosition(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule));
}

export const internalErrorMessage = (ruleId: string) =>
  msg(`规则 ${ruleId} 运行出错，已跳过`, `Rule ${ruleId} failed and was skipped`);
