import { perModel } from '../../model/memo';
import { ReportModel } from '../../model/types';
import { TextRange } from '../../text/range';
import { matchesAtCues, Offsets } from './common';
import { cuesOf, scanCues } from './cues';

/**
 * 发文字号 (GB/T 9704-2012 §7.2.4, domain §6.2): agency code, the full year in 〔〕, the sequence number
 * without 第 or leading zeros, then 号. This finds every number written in that shape, right or wrong;
 * doc-number reports the wrong ones and punctuation leaves all of them alone.
 */
export interface DocNumber {
  /** from the first character after the agency code (a stray space, or the bracket) to the end */
  readonly range: TextRange;
  readonly text: string;
  readonly year: string;
  readonly number: string;
  readonly problems: readonly DocNumberProblem[];
  /** the right form of `text`, when it is certain */
  readonly fixed: string | undefined;
}

export type DocNumberProblem = 'brackets' | 'year' | 'ordinal' | 'leading-zero' | 'missing-hao' | 'spaces';

const SP = '[ \\t\\u3000]*';
// Two Han characters of agency code right before (a space between is itself a fault); a year of
// 2-4 digits in any bracket pair the reports use; an optional 第; the number; an optional 号.
// Tried only at the opening brackets (see cuesOf), so the lookbehind costs nothing elsewhere.
const DOC_NUMBER = new RegExp(
  `(?<=[\\u4e00-\\u9fff]{2})([ \\t\\u3000]?)([\\[［【(（〈﹝{〔])${SP}(\\d{2,4})${SP}([\\]］】)）〉﹞}〕])${SP}(第?)${SP}(\\d{1,5})(${SP}号)?`,
  'y',
);
/** "〔2020〕50、51号": a list of numbers shares its 号. */
const LIST_GOES_ON = /^[、，,]\s*\d|^[-—~～至到]/;
const FOLLOWING_DIGIT_OR_HAN = /^[\d\u4e00-\u9fff]/;

/** A character of SP. */
const isSp = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Where a number may start at an opening bracket, or undefined when it cannot: the year (a digit,
 * maybe after spaces) must follow. The number starts at the one space before the bracket, if any.
 */
function startAt(text: string, bracket: number): number | undefined {
  const next = text.charCodeAt(bracket + 1);
  if (!isDigitCode(next) && !isSp(next)) return undefined;
  return isSp(text.charCodeAt(bracket - 1)) ? bracket - 1 : bracket;
}

/** `brackets`: the offsets of the opening brackets in the text, in order. */
export function findDocNumbers(text: string, brackets: Offsets = scanCues(text).docNumberBrackets): DocNumber[] {
  const out: DocNumber[] = [];
  for (const m of matchesAtCues(DOC_NUMBER, text, brackets, (bracket) => startAt(text, bracket))) {
    const [whole, space, open, year, close, ordinal, number, hao] = m;
    const end = m.index + whole.length;
    const after = text.slice(end, end + 3);
    // Without 号, only a number followed by punctuation or the end is certainly a document number.
    if (!hao && (FOLLOWING_DIGIT_OR_HAN.test(after) || LIST_GOES_ON.test(after))) continue;
    const problems: DocNumberProblem[] = [];
    if (open !== '〔' || close !== '〕') problems.push('brackets');
    if (year.length !== 4 || !/^(?:19|20)/.test(year)) problems.push('year');
    if (ordinal) problems.push('ordinal');
    if (/^0/.test(number)) problems.push('leading-zero');
    if (!hao) problems.push('missing-hao');
    if (space || /[ \t\u3000]/.test(whole.slice(space.length))) problems.push('spaces');
    const certain = !problems.includes('year') && Number(number) > 0;
    out.push({
      range: { start: m.index, end },
      text: whole,
      year,
      number,
      problems,
      fixed: certain ? `〔${year}〕${Number(number)}号` : undefined,
    });
  }
  return out;
}

/** The document numbers of a model, found once for the rules that read them. */
export const docNumbersOf = perModel((model: ReportModel) => findDocNumbers(model.text, cuesOf(model).docNumberBrackets));
