import { RULES } from '../core/rules';
import { defineRule, Rule } from '../core/rules/types';

/**
 * Rules that exist only for the robustness tests. The server loads them when the environment says so
 * (`GOV_REPORT_TEST_THROWING_RULE=1`); nothing in a workspace or in the settings can turn them on, and the
 * extension never sets the variable.
 */
export const THROWING_RULE_ENV = 'GOV_REPORT_TEST_THROWING_RULE';
export const THROWING_RULE_ID = 'test-throwing-rule';

const throwingRule = defineRule({
  meta: {
    id: THROWING_RULE_ID,
    description: { zh: '测试用：总是抛出异常的规则', en: 'For tests: a rule that always throws' },
    defaultSeverity: 'error',
    appliesTo: ['annual-report', 'work-plan', 'other'],
    fixable: false,
  },
  check() {
    throw new Error('gov-report test rule: thrown on purpose');
  },
});

/** The rules the server runs: every rule, plus the test rules when the environment asks for them. */
export function serverRules(env: NodeJS.ProcessEnv = process.env): readonly Rule[] {
  return env[THROWING_RULE_ENV] === '1' ? [...RULES, throwingRule] : RULES;
}
