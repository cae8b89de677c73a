import { Rule } from '../types';
import proseSum from './prose-sum';

export const SUM_RULES: readonly Rule[] = [proseSum];
