import { CROSS_YEAR_RULES } from './crossyear';
import { HYGIENE_RULES } from './hygiene';
import { PROSE_RULES } from './prose';
import { STRUCTURE_RULES } from './structure';
import { SUM_RULES } from './sums';
import { TABLE_RULES } from './tables';
import { Rule } from './types';

/**
 * Every rule, by family. Each family folder owns its index; adding a rule touches only that file.
 */
export const RULES: readonly Rule[] = [...TABLE_RULES, ...STRUCTURE_RULES, ...PROSE_RULES, ...HYGIENE_RULES, ...SUM_RULES, ...CROSS_YEAR_RULES];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
