import { ReportModel } from '../model/types';
import { extractMentions, YoyMention } from '../prose/mentions';
import { Quantity, resolveQuantity } from '../prose/quantities';
import { changeRounded, formatScaled, parseStated, percentText, Stated } from '../prose/rounding';
import { TextRange } from '../text/range';
import { PreviousFound } from './previous';

/**
 * "同比增长/下降 p%" recomputed from both reports (domain §5.3). Without last year's report the
 * prose rule can only solve for the previous count; with it, the figure is exact and can be fixed.
 */
export interface ExactYoy {
  readonly mention: YoyMention;
  readonly previous: PreviousFound;
  /** this year's count as the sentence states it */
  readonly current: number;
  /** the same table figure in last year's report */
  readonly last: Quantity;
  readonly lastValue: number;
  readonly stated: Stated;
  /** the change rounded half-up to the stated decimals, as text */
  readonly expected: string;
  /** the direction the two counts give; 'flat' accepts either word */
  readonly direction: 'up' | 'down' | 'flat';
  readonly holds: boolean;
  /** the direction word (增长, 下降 …) in the text, for the fix */
  readonly wordRange: TextRange | undefined;
  /** "(27 − 12) ÷ 27 = 55.556% → 55.56%" */
  readonly computation: string;
}

/** The figure the sentence's count stands for: the reading whose value this year matches, else the main one. */
function quantityOf(m: YoyMention): Quantity | undefined {
  const c = m.countMention;
  if (!c) return undefined;
  return [c.quantity, ...c.alternatives].find((q) => q.value === c.value) ?? c.quantity;
}

function wordRange(model: ReportModel, m: YoyMention): TextRange | undefined {
  const from = m.count.fullRange.end;
  const at = model.text.lastIndexOf(m.word, m.range.start);
  return at >= from ? { start: at, end: at + m.word.length } : undefined;
}

export function exactYoy(model: ReportModel, previous: PreviousFound): Map<YoyMention, ExactYoy> {
  const out = new Map<YoyMention, ExactYoy>();
  for (const mention of extractMentions(model).yoy) {
    const q = quantityOf(mention);
    if (!q) continue;
    const last = resolveQuantity(previous.model, q.key);
    if (last.value === undefined || last.value <= 0 || !Number.isInteger(last.value)) continue;
    const current = mention.count.value;
    const stated = parseStated(mention.token.digits);
    const k = stated.decimals;
    const scaled = changeRounded(current, last.value, k);
    const direction = current > last.value ? 'up' : current < last.value ? 'down' : 'flat';
    const holds = scaled === stated.scaled && (direction === 'flat' || direction === mention.direction);
    const diff = current >= last.value ? `(${current} − ${last.value})` : `(${last.value} − ${current})`;
    const expected = formatScaled(scaled, k);
    out.set(mention, {
      mention,
      previous,
      current,
      last,
      lastValue: last.value,
      stated,
      expected,
      direction,
      holds,
      wordRange: wordRange(model, mention),
      computation: `${diff} ÷ ${last.value} = ${percentText(Math.abs(current - last.value), last.value, k)}% → ${expected}%`,
    });
  }
  return out;
}
