import { Rule } from '../types';
import formatMismatch from './format-mismatch';
import headingNumbering from './heading-numbering';
import missingPart from './missing-part';
import partOrder from './part-order';
import partTitle from './part-title';
import preambleParts from './preamble-parts';
import requiredContent from './required-content';
import statisticsPeriod from './statistics-period';

export const STRUCTURE_RULES: readonly Rule[] = [
  missingPart,
  partOrder,
  partTitle,
  preambleParts,
  headingNumbering,
  formatMismatch,
  statisticsPeriod,
  requiredContent,
];
