import { TextRange } from '../text/range';
import { Sentence } from './sentences';

/**
 * Numbers of the prose that can restate a table figure: a count with its unit ("107件") or a
 * percentage ("54.3%"). Everything else that carries digits is left alone on purpose: dates (2020年),
 * document numbers (〔2019〕60号), phone numbers, article references (第13条), approximations
 * (2000余次, 约50件), decimals before 个百分点, identifiers such as H5.
 */
export interface NumberToken {
  readonly kind: 'count' | 'percent';
  /** the digits only (what a fix replaces) */
  readonly range: TextRange;
  /** digits, optional space and unit */
  readonly fullRange: TextRange;
  /** the digits as written (percentages keep their decimals: "42.85") */
  readonly digits: string;
  readonly value: number;
  /** 件, 个, 条 … or % */
  readonly unit: string;
  /** offset of the token inside its sentence */
  readonly index: number;
}

// One linear scan: digits, an optional single space (PDF copies write "2000 余次", "49 件"), a unit.
// Units are listed longest first so "件次" is not read as "件". The lookbehind keeps a match from starting
// inside a run of digits, so a long run is read once rather than once per digit.
const TOKEN = /(?<![\d.])(\d+(?:\.\d+)?)([ \u00a0]?)(件次|人次|件|个|条|项|次|篇|期|场|家|%|％)/g;
/** a character before the digits that makes them part of something else */
const GLUED_BEFORE = /[\d.．A-Za-z\-－—~～/第]/;
/** words before the digits that make the figure approximate */
const APPROXIMATE_BEFORE = /(?:约|近|逾|超过|超|大约|将近|不到|不足)$/;

export function readTokens(sentence: Sentence): NumberToken[] {
  const out: NumberToken[] = [];
  const text = sentence.text;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const [, digits, space, unit] = m;
    const at = m.index;
    if (at > 0 && GLUED_BEFORE.test(text[at - 1])) continue;
    if (APPROXIMATE_BEFORE.test(text.slice(Math.max(0, at - 4), at))) continue;
    const percent = unit === '%' || unit === '％';
    // A count is a whole number; "1.5个百分点" and the like are not counts.
    if (!percent && digits.includes('.')) continue;
    // A percentage is never spaced from its sign in these reports; a spaced one is likely a copy artifact, still read it.
    const start = sentence.range.start + at;
    out.push({
      kind: percent ? 'percent' : 'count',
      range: { start, end: start + digits.length },
      fullRange: { start, end: start + digits.length + space.length + unit.length },
      digits,
      value: Number(digits),
      unit: percent ? '%' : unit,
      index: at,
    });
  }
  return out;
}
