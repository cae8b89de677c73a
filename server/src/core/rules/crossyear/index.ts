import { Rule } from '../types';

export const CROSS_YEAR_RULES: readonly Rule[] = [];
