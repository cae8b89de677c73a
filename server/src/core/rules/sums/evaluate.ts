import { Localized, msg } from '../../i18n';
import { TextRange } from '../../text/range';
import { Severity } from '../types';
import { exponentFor, formatScaled, meets, partsFit, point, scaled, sumSpan } from './interval';
import { Item, Itemisation } from './itemise';
import { Quantity } from './quantity';
import { mapped } from '../../arrays';

/** A finding, in the offsets of the scanned text (document offsets in the rule). */
export interface SumProblem {
  readonly severity: Severity;
  readonly range: TextRange;
  readonly message: Localized;
  readonly related: readonly { readonly range: TextRange; readonly message: Localized }[];
}

const isApproximate = (q: Quantity) => q.approximate;

/** How a list of figures is written in a message: "9+11+24", or with units when the units differ. */
function expression(qs: readonly Quantity[], withUnits: boolean): string {
  return mapped(qs, (q) => (withUnits ? q.digits + q.unitText : q.digits)).join('+');
}

function sumText(qs: readonly Quantity[], e: number, as: Quantity): string {
  const total = qs.reduce((s, q) => s + scaled(q, e), 0n);
  const decimals = Math.max(...mapped(qs, (q) => (q.scale === as.scale ? q.decimals : 0)));
  return formatScaled(total, e, as.scale, decimals);
}

/** Shares written with every non-zero part ("予以公开5件，占35.71%，…") must make up 100 %, as intervals. */
function shareProblem(items: readonly Item[]): SumProblem | undefined {
  const withShare = items.filter((i) => i.share);
  if (withShare.length < 2 || items.some((i) => !i.share && i.q.decimal.replace(/[0.]/g, '') !== '')) return undefined;
  const shares = mapped(withShare, (i) => i.share!);
  if (shares.some((s) => s.approximate)) return undefined;
  const e = exponentFor(shares);
  if (meets(sumSpan(shares, e), point(100n * 10n ** BigInt(e)))) return undefined;
  const expr = mapped(shares, (s) => s.digits + '%').join('+');
  const sum = formatScaled(shares.reduce((s, q) => s + scaled(q, e), 0n), e, 0, Math.max(...mapped(shares, (s) => s.decimals)));
  return {
    severity: 'warning',
    range: { start: shares[0].start, end: shares[shares.length - 1].fullEnd },
    message: msg(`各分项的占比之和不是100%：${expr} = ${sum}%`, `The shares of the parts do not make 100%: ${expr} = ${sum}%`),
    related: [],
  };
}

/**
 * Checks one itemisation. Approximate figures (约, 余, 多) are never summed. When the list may end at a
 * stronger separator ("A 2件，B 2件；C 1件"), both readings are tried and the sentence is wrong only if
 * neither adds up. A 、-list total is read as one sum (65 + 10 = 75 in sishui-2020).
 */
export function evaluate(it: Itemisation): SumProblem | undefined {
  const items = mapped(it.items, (i) => i.q);
  if (it.totals.some(isApproximate) || items.some(isApproximate)) return undefined;
  const e = Math.max(exponentFor(it.totals), exponentFor(items));
  const fits = (parts: readonly Quantity[]) => partsFit(parts, it.totals, it.exhaustive, e);
  // The whole list first, then the list up to its stronger separator.
  const strict = it.strictLength ? it.items.slice(0, it.strictLength) : undefined;
  const good = fits(items) ? it.items : strict && fits(items.slice(0, strict.length)) ? strict : undefined;
  if (good) return it.exhaustive ? shareProblem(good) : undefined;

  const stated = sumSpan(it.totals, e);

  const all = [...it.totals, ...items];
  const shown = mapped((strict ?? it.items), (i) => i.q);
  const total = it.totals[it.totals.length - 1];
  const mixedScale = all.some((q) => q.scale !== total.scale);
  const unit = total.unitText;
  const parts = `${expression(shown, mixedScale)} = ${sumText(shown, e, total)}${unit}`;
  const statedText = it.totals.length > 1 ? `${expression(it.totals, mixedScale)} = ${sumText(it.totals, e, total)}${unit}` : `${total.digits}${unit}`;
  const rounded = all.some((q) => !q.exact);
  const note = rounded ? msg('（已按四舍五入留出误差）', ' (allowing for rounding)') : msg('', '');
  const short = sumSpan(shown, e).lo < stated.lo;
  // An unmarked list that falls short may only name some of the parts.
  const maybeIncomplete = short && !it.complete;
  const message = !it.exhaustive
    ? msg(`所列分项之和已超过总数：${parts} > ${statedText}${note.zh}`, `The listed parts exceed the total: ${parts} > ${statedText}${note.en}`)
    : maybeIncomplete
      ? msg(
          `分项之和小于总数：${parts} < ${statedText}${note.zh}；如只列举了部分分项，请写明“等”或列出“其他”`,
          `The parts add up to less than the total: ${parts} < ${statedText}${note.en}; if only some parts are listed, say so (等, 其他)`,
        )
      : msg(`分项之和与总数不符：${parts} ≠ ${statedText}${note.zh}`, `The parts do not add up to the total: ${parts} ≠ ${statedText}${note.en}`);
  return {
    severity: it.kind === 'implicit' || maybeIncomplete ? 'warning' : 'error',
    range: { start: it.totals[0].start, end: shown[shown.length - 1].fullEnd },
    message,
    related: [{ range: { start: it.totals[0].start, end: total.fullEnd }, message: msg(`总数：${statedText}`, `total: ${statedText}`) }],
  };
}
