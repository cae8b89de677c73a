import { msg } from '../../i18n';
import { chineseNumeral } from '../../model/heading-syntax';
import { Line } from '../../text/line-index';
import { defineRule, RuleContext } from '../types';
import { linesOf } from './common';

// GB/T 9704-2012 §7.3.5.1 (domain §6.2): 成文日期 in Arabic numerals, the year in full, month and
// day without leading zeros: 2021年6月21日.
const PADDED = /(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/g;
/** A line holding only a date written with dots, hyphens or slashes: the signature date. */
const NUMERIC_LINE = /^[ \t\u00a0\u3000]*((?:19|20)\d{2})[ \u00a0]*([.．\-/－])[ \u00a0]*(\d{1,2})[ \u00a0]*\2[ \u00a0]*(\d{1,2})[ \u00a0]*日?[ \t\u00a0\u3000]*$/;
/** A line holding only a date in Chinese numerals (二〇二一年六月二十一日), the pre-2012 style. */
const CHINESE_LINE = /^[ \t\u00a0\u3000]*([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日[ \t\u00a0\u3000]*$/;

function valid(y: number, m: number, d: number | undefined): boolean {
  if (m < 1 || m > 12) return false;
  return d === undefined || (d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate());
}

function report(ctx: RuleContext, start: number, written: string, right: string, why: { zh: string; en: string }) {
  const range = { start, end: start + written.length };
  ctx.report({
    range,
    message: msg(`日期「${written}」应写作「${right}」：${why.zh}`, `Date "${written}" should be written "${right}": ${why.en}`),
    fix: { title: msg(`改为「${right}」`, `Change to "${right}"`), edits: [{ range, newText: right }] },
  });
}

function signature(ctx: RuleContext, line: Line): void {
  const n = NUMERIC_LINE.exec(line.text);
  if (n) {
    const [y, m, d] = [Number(n[1]), Number(n[3]), Number(n[4])];
    if (!valid(y, m, d)) return;
    const written = line.text.trim();
    report(ctx, line.start + line.text.indexOf(written), written, `${y}年${m}月${d}日`, { zh: '成文日期用“年月日”标全', en: 'a document date is written out with 年, 月 and 日' });
    return;
  }
  const c = CHINESE_LINE.exec(line.text);
  if (!c) return;
  const y = Number([...c[1]].map((ch) => chineseNumeral(ch)).join(''));
  const [m, d] = [chineseNumeral(c[2]), chineseNumeral(c[3])];
  if (m === undefined || d === undefined || !valid(y, m, d)) return;
  const written = `${c[1]}年${c[2]}月${c[3]}日`;
  report(ctx, line.start + line.text.indexOf(written), written, `${y}年${m}月${d}日`, { zh: '成文日期用阿拉伯数字标注', en: 'a document date is written in Arabic numerals' });
}

export default defineRule({
  meta: {
    id: 'date-format',
    description: msg('日期格式（GB/T 9704-2012）：用阿拉伯数字标全年月日，月、日不编虚位，如“2021年6月21日”', 'Dates (GB/T 9704-2012): year, month and day in Arabic numerals with 年月日, no leading zeros, as in 2021年6月21日'),
    defaultSeverity: 'information',
    fixable: true,
    appliesTo: ['annual-report', 'work-plan'],
  },
  check(ctx) {
    for (const { line } of linesOf(ctx.model, ['prose', 'heading', 'title'])) {
      signature(ctx, line);
      for (const m of line.text.matchAll(PADDED)) {
        const [written, y, mo, d] = m;
        if (!mo.startsWith('0') && !d?.startsWith('0')) continue;
        if (!valid(Number(y), Number(mo), d === undefined ? undefined : Number(d))) continue;
        const right = `${y}年${Number(mo)}月${d === undefined ? '' : `${Number(d)}日`}`;
        report(ctx, line.start + m.index, written, right, { zh: '月、日不编虚位', en: 'month and day take no leading zero' });
      }
    }
  },
});
