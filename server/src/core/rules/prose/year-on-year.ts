import { Localized, msg } from '../../i18n';
import { changeRounded, formatScaled, hundredScaled } from '../../prose/rounding';
import { evaluateYoy, YoyCheck, yoyComputation } from '../../prose/yoy';
import { exactYoy, foundPreviousReport } from '../../crossyear';
import { exactYoyFinding } from '../crossyear/yoy-exact';
import { defineRule } from '../types';

function values(list: readonly number[], more: boolean): string {
  if (list.length <= 3) return list.join('、') + (more ? '…' : '');
  return `${list[0]}–${list[list.length - 1]}${more ? '…' : ''}`;
}

/** The finding for one check, or none. */
function yoyMessage(c: YoyCheck): { message: Localized; severity: 'error' | 'information' } | undefined {
  const p = `${c.stated.text}%`;
  const w = c.mention.word;
  const en = c.mention.direction === 'up' ? 'increase' : 'decrease';
  const cur = c.current;
  if (c.verdict === 'implied') {
    if (!c.rounded.length) return undefined;
    const prev = c.rounded[0];
    return {
      severity: 'information',
      message: msg(
        `同比${w} ${p}：上年应为 ${values(c.rounded, c.more)}件（${yoyComputation(c, prev)}），可与上年报告核对`,
        `A ${p} ${en} year on year implies last year's figure was ${values(c.rounded, c.more).replace(/、/g, ', ')} (${yoyComputation(c, prev)}); check it against last year's report`,
      ),
    };
  }
  if (c.verdict === 'truncated') {
    const prev = c.truncated[0];
    const right = formatScaled(changeRounded(cur, prev, c.stated.decimals), c.stated.decimals);
    return {
      severity: 'error',
      message: msg(
        `同比${w} ${p} 是截断值，未四舍五入：若上年为 ${prev}件，${yoyComputation(c, prev)}，应为 ${right}%`,
        `The ${p} ${en} is truncated, not rounded: if last year's figure was ${prev}, ${yoyComputation(c, prev)}, so ${right}%`,
      ),
    };
  }
  const near = c.nearest !== undefined ? `；最接近的是上年 ${c.nearest}件：${yoyComputation(c, c.nearest)}` : '';
  const nearEn = c.nearest !== undefined ? `; the closest is ${c.nearest}: ${yoyComputation(c, c.nearest)}` : '';
  const why = c.mention.direction === 'down' && c.stated.scaled >= hundredScaled(c.stated.decimals) ? msg('下降幅度不可能达到或超过 100%（本年不为 0）', 'a fall of 100% or more is impossible unless this year is 0') : undefined;
  return {
    severity: 'error',
    message: why
      ? msg(`同比${w} ${p}：${why.zh}`, `A ${p} ${en} year on year: ${why.en}`)
      : msg(
          `同比${w} ${p}：本年 ${cur}件，任何整数的上年数都得不到 ${p}${near}`,
          `A ${p} ${en} year on year: with ${cur} this year, no whole previous-year figure gives ${p}${nearEn}`,
        ),
  };
}

export default defineRule({
  meta: {
    id: 'year-on-year',
    description: msg(
      '「同比增长/下降 p%」须能由整数的上年数四舍五入得到；截断值或不可能的百分比为错误，否则提示隐含的上年数（§5.3）；已知上年报告时按两份报告精确核对，可一键修正（X-4）',
      '“同比增长/下降 p%” must come from a whole previous-year figure rounded half-up; truncated or impossible figures are errors, otherwise the implied previous figure is shown (§5.3); with last year\'s report known, it is recomputed from both reports and can be fixed (X-4)',
    ),
    defaultSeverity: 'error',
    fixable: true,
  },
  check(ctx) {
    // with last year's report known (cross-year), the figure is recomputed exactly and can be fixed.
    const previous = foundPreviousReport(ctx.others);
    const exact = previous ? exactYoy(ctx.model, previous) : undefined;
    for (const c of evaluateYoy(ctx.model)) {
      const e = exact?.get(c.mention);
      if (e) {
        const f = exactYoyFinding(e);
        if (f) ctx.report(f);
        continue;
      }
      const found = yoyMessage(c);
      if (found) ctx.report({ range: c.mention.range, message: found.message, severity: found.severity });
    }
  },
});
