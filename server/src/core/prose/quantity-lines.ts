import { perModel } from '../model/memo';
import { ReportModel } from '../model/types';
import { Line } from '../text/line-index';
import { proseLinesMatching } from './line-search';
import { mapped } from '../arrays';

/** Count units of the prose, longest first so "人次" is not read as "人". */
export const COUNT_UNITS = ['人次', '件次', '户次', '家次', '批次', '个', '件', '条', '项', '次', '场', '家', '篇', '期', '人', '名', '户', '份', '台', '处', '批', '起', '所', '封', '例', '宗', '套', '张', '类'];

const UNIT_FIRSTS = [...new Set(mapped(COUNT_UNITS, (u) => u[0]))].join('');

/**
 * Matches wherever a number with its unit may be written: a digit, then what may stand between the number
 * and its unit (a space, 余/多, 亿/万/千), then the first character of a unit or a percent sign. It is a
 * superset of what both readers of prose numbers read: the quantities of the prose-sum rule ("5600余条",
 * "1.2万元") and the tokens of the mentions ("49 件", "54.3%"). Made of optional single characters, so linear.
 */
export const MAY_HOLD_QUANTITY = new RegExp(`[0-9０-９][ \u00a0]?[余多]?(?:[亿万千]?[元${UNIT_FIRSTS}]|[%％])`);

const MAY_HOLD_QUANTITY_G = new RegExp(MAY_HOLD_QUANTITY.source, 'g');

/**
 * The prose lines (prose and heading lines, domain §8.1) that may hold a number with its unit, in order:
 * the only lines either reader of numbers has anything to read in. Most prose lines hold no digits, or only
 * dates and document numbers. Made once per model.
 */
export const quantityLines = perModel((model: ReportModel): readonly Line[] => proseLinesMatching(model, MAY_HOLD_QUANTITY_G));
