import { msg } from '../../i18n';
import { formatScaled, percentText } from '../../prose/rounding';
import { evaluateShares } from '../../prose/shares';
import { defineRule } from '../types';
import { mapped } from '../../arrays';

export default defineRule({
  meta: {
    id: 'percentage-base',
    description: msg(
      '占比的分母须与措辞一致：「在答复的申请中」按答复总数，「收到的申请中」按收到数（§5.2 第 5 步）',
      'The base of the shares must match the wording: “在答复的申请中” means the answered requests, “收到的申请中” the requests received (§5.2 step 5)',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    for (const g of evaluateShares(ctx.model)) {
      const { wording, base } = g;
      if (!wording || !base) continue;
      if (wording.allows.some((w) => w.value === base.value)) continue;
      // Only a base the shares actually fit contradicts the wording; wrong figures are `percentage`'s.
      const fitting = g.checks.filter((c) => c.fits.some((f) => f.base.value === base.value && f.matches));
      const named = wording.allows[0];
      const misfit = g.checks.filter((c) => !c.fits.some((f) => f.base.value === named.value && f.matches));
      if (!fitting.length || !misfit.length) continue;
      const phrase = ctx.model.text.slice(wording.range.start, wording.range.end);
      const first = fitting[0];
      const x = first.share.numerator.value;
      const k = first.stated.decimals;
      const onNamed = mapped(g.checks, (c) => formatScaled(c.fits.find((f) => f.base.value === named.value)!.rounded, c.stated.decimals) + '%')
        .join('、');
      ctx.report({
        range: wording.range,
        message: msg(
          `「${phrase}」指${named.name.zh}，但占比按${base.name.zh}计算（如 ${x} ÷ ${base.value} = ${percentText(x, base.value, k)}% → ${first.stated.text}%）；按 ${named.value} 件应为 ${onNamed}，或改写措辞`,
          `“${phrase}” means ${named.name.en}, but the shares are computed on ${base.name.en} (e.g. ${x} ÷ ${base.value} = ${percentText(x, base.value, k)}% → ${first.stated.text}%); on ${named.value} they would be ${onNamed.replace(/、/g, ', ')}, or reword`,
        ),
        related: mapped(g.checks, (c) => ({
          range: c.share.range,
          message: msg(`${c.share.numerator.value} ÷ ${base.value} → ${c.stated.text}%`, `${c.share.numerator.value} ÷ ${base.value} → ${c.stated.text}%`),
        })),
      });
    }
  },
});
