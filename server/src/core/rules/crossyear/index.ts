import { Rule } from '../types';
import crossYear from './cross-year';

export const CROSS_YEAR_RULES: readonly Rule[] = [crossYear];
