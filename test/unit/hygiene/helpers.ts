export { rng } from '../../../bench/lib/documents';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { Finding } from '../../../server/src/core/rules/types';
import { byRule } from '../../helpers/lint';

/** A made-up annual report around the lines under test (a title is all detection needs). */
export function report(...body: string[]): string {
  return ['测试区人民政府2023年政府信息公开工作年度报告', '', ...body, ''].join('\n');
}

/** The same for a 工作要点, which the hygiene rules check too. */
export function workPlan(...body: string[]): string {
  return ['测试区2021年政务公开工作要点', '', ...body, ''].join('\n');
}

/** What each finding of the rule covers, as text. */
export function covered(text: string, rule: string): string[] {
  return byRule(text, rule).map((f) => text.slice(f.range.start, f.range.end));
}

/** The text after applying one finding's fix. */
export function fixed(text: string, f: Finding): string {
  if (!f.fix) throw new Error(`finding of ${f.rule} has no fix`);
  return applyEdits(text, f.fix.edits);
}

/** The text after applying every fix of the rule (they must not overlap). */
export function fixedAll(text: string, rule: string): string {
  return applyEdits(text, byRule(text, rule).flatMap((f) => f.fix?.edits ?? []));
}

/** A resident ID number with a valid check character, computed here independently of the rule. */
export function residentId(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

