import { Rule } from '../types';
import dateFormat from './date-format';
import docNumber from './doc-number';
import privateInfo from './private-info';
import punctuation from './punctuation';
import titleMarks from './title-marks';
import wordArtifact from './word-artifact';

export const HYGIENE_RULES: readonly Rule[] = [wordArtifact, privateInfo, docNumber, titleMarks, punctuation, dateFormat];
