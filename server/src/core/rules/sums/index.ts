import { Rule } from '../types';

export const SUM_RULES: readonly Rule[] = [];
