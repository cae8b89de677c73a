import { msg } from '../../i18n';
import { formatScaled, hundredScaled, percentText, pow10 } from '../../prose/rounding';
import { evaluateShares, expectedText, ShareCheck, ShareGroup } from '../../prose/shares';
import { defineRule } from '../types';
import { mapped } from '../../arrays';

/** "6 ÷ 14 = 42.857% → 42.86%" */
function computation(c: ShareCheck): string {
  const x = c.share.numerator.value;
  return `${x} ÷ ${c.base!.value} = ${percentText(x, c.base!.value, c.stated.decimals)}% → ${expectedText(c)}%`;
}

/** The correctly rounded shares of the enumeration add up to this (for the "forced to 100" note). */
function roundedSum(g: ShareGroup): string {
  const k = Math.max(...mapped(g.checks, (c) => c.stated.decimals));
  const sum = g.checks.reduce((a, c) => a + (c.verdict === 'ok' ? c.stated.scaled : (c.expected ?? c.stated.scaled)) * pow10(k - c.stated.decimals), 0n);
  return formatScaled(sum, k);
}

/** Step 6 of §5.2: a share adjusted so that the enumeration totals exactly 100. */
function forcedNote(g: ShareGroup): { zh: string; en: string } {
  const right = roundedSum(g);
  const k = right.split('.')[1]?.length ?? 0;
  const hundred = formatScaled(hundredScaled(k), k);
  return right === hundred
    ? { zh: '；各项占比之和恰为 100%，此数疑为凑整而调整', en: '; the shares total exactly 100%, this one looks adjusted to make them' }
    : { zh: `；各项占比被凑成合计 100%，正确四舍五入的合计为 ${right}%`, en: `; the shares were forced to total 100%, correctly rounded they total ${right}%` };
}

export default defineRule({
  meta: {
    id: 'percentage',
    description: msg(
      '办理结果的占比须按四舍五入计算：分母为答复总数、新收 + 上年结转或本年新收之一；截断或凑成 100% 的占比有误（§5.2）',
      'Shares of the results must be rounded half-up on one of the bases (answered, new + carried over, new); truncated shares or shares forced to total 100% are wrong (§5.2)',
    ),
    defaultSeverity: 'error',
    fixable: true,
  },
  check(ctx) {
    for (const g of evaluateShares(ctx.model)) {
      for (const c of g.checks) {
        if (c.verdict === 'ok') continue;
        const stated = c.stated.text;
        const name = ctx.model.text.slice(c.share.numerator.phraseRange.start, c.share.numerator.phraseRange.end);
        const expected = expectedText(c);
        const fix =
          c.certain && expected !== undefined
            ? { title: msg(`改为 ${expected}%`, `Change to ${expected}%`), edits: [{ range: c.share.range, newText: expected }] }
            : undefined;
        const distinct = c.fits.filter((f, i) => c.fits.findIndex((e) => e.base.value === f.base.value) === i);
        if (!c.base) {
          // Nothing in the enumeration tells the base: say what each would give, without a fix.
          const list = mapped(distinct, (f) => `${f.base.name.zh}：${formatScaled(f.rounded, c.stated.decimals)}%`).join('；');
          const listEn = mapped(distinct, (f) => `${f.base.name.en}: ${formatScaled(f.rounded, c.stated.decimals)}%`).join('; ');
          ctx.report({
            range: c.share.range,
            message: msg(`「${name}」${c.share.numerator.value}件的占比 ${stated}% 与任何分母都不符（${list}）`, `Share of “${name}” (${c.share.numerator.value}): ${stated}% fits no base (${listEn})`),
          });
          continue;
        }
        const forced = g.forced && c.verdict === 'wrong' ? forcedNote(g) : { zh: '', en: '' };
        const others = distinct.filter((f) => f.base.value !== c.base!.value);
        const alsoZh = others.length ? `（按${mapped(others, (f) => `${f.base.name.zh} 为 ${formatScaled(f.rounded, c.stated.decimals)}%`).join('，')}）` : '';
        const alsoEn = others.length ? ` (on ${mapped(others, (f) => `${f.base.name.en}: ${formatScaled(f.rounded, c.stated.decimals)}%`).join('; ')})` : '';
        ctx.report({
          range: c.share.range,
          message:
            c.verdict === 'truncated'
              ? msg(
                  `「${name}」${c.share.numerator.value}件的占比：${computation(c)}；文中 ${stated}% 是截断值，应四舍五入`,
                  `Share of “${name}” (${c.share.numerator.value}): ${computation(c)}; ${stated}% is truncated, not rounded`,
                )
              : msg(
                  `「${name}」${c.share.numerator.value}件的占比：按${c.base.name.zh}，${computation(c)}，文中为 ${stated}%${alsoZh}${forced.zh}`,
                  `Share of “${name}” (${c.share.numerator.value}): on ${c.base.name.en}, ${computation(c)}, the text says ${stated}%${alsoEn}${forced.en}`,
                ),
          fix,
        });
      }
    }
  },
});
