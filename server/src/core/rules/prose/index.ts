import percentage from './percentage';
import percentageBase from './percentage-base';
import proseTableMismatch from './prose-table-mismatch';
import yearOnYear from './year-on-year';
import { Rule } from '../types';

export const PROSE_RULES: readonly Rule[] = [proseTableMismatch, percentage, percentageBase, yearOnYear];
