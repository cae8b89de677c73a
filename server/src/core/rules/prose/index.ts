import { Rule } from '../types';

export const PROSE_RULES: readonly Rule[] = [];
