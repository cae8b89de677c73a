import { msg } from '../../i18n';
import { chineseNumeral } from '../../model/heading-syntax';
import { LineKind } from '../../model/types';
import { Line } from '../../text/line-index';
import { defineRule, RuleContext } from '../types';
import { lineFinder, matchesAtCues } from './common';
import { cuesOf } from './cues';
import { mapped } from '../../arrays';

// GB/T 9704-2012 §7.3.5.1 (domain §6.2): 成文日期 in Arabic numerals, the year in full, month and
// day without leading zeros: 2021年6月21日.
// Sticky: tried only four characters before each 年 (see cuesOf).
const PADDED = /(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/y;
/** A line holding only a date written with dots, hyphens or slashes: the signature date. */
const NUMERIC_LINE = /^[ \t\u00a0\u3000]*((?:19|20)\d{2})[ \u00a0]*([.．\-/－])[ \u00a0]*(\d{1,2})[ \u00a0]*\2[ \u00a0]*(\d{1,2})[ \u00a0]*日?[ \t\u00a0\u3000]*$/;
/** A line holding only a date in Chinese numerals (二〇二一年六月二十一日), the pre-2012 style. */
const CHINESE_LINE = /^[ \t\u00a0\u3000]*([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日[ \t\u00a0\u3000]*$/;

/** The lines whose dates are checked: prose, headings and the title. */
function isDated(kind: LineKind): boolean {
  return kind === 'prose' || kind === 'heading' || kind === 'title';
}

/** The spaces the date lines allow around the date: [ \t\u00a0\u3000]. */
const isLineSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;

/** Whether the line's last character (before trailing spaces) is 日 or a digit, as in every signature date. */
function endsLikeDate(text: string, line: Line): boolean {
  let k = line.end - 1;
  while (k >= line.start && isLineSpace(text.charCodeAt(k))) k--;
  const last = text.charCodeAt(k);
  return k >= line.start && (last === 0x65e5 /* 日 */ || (last >= 0x30 && last <= 0x39));
}

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
  const y = Number(mapped([...c[1]], (ch) => chineseNumeral(ch)).join(''));
  const [m, d] = [chineseNumeral(c[2]), chineseNumeral(c[3])];
  if (m === undefined || d === undefined || !valid(y, m, d)) return;
  const written = `${c[1]}年${c[2]}月${c[3]}日`;
  report(ctx, line.start + line.text.indexOf(written), written, `${y}年${m}月${d}日`, { zh: '成文日期用阿拉伯数字标注', en: 'a document date is written in Arabic numerals' });
}

const ZERO = 0x30;
const YUE = 0x6708; // 月

/** Whether the 年 at `nian` is followed by a month, or a month and day, one of them written with a leading zero. */
function paddedAfter(text: string, nian: number): boolean {
  if (text.charCodeAt(nian + 1) === ZERO) return true;
  const yue = text.charCodeAt(nian + 2) === YUE ? nian + 2 : text.charCodeAt(nian + 3) === YUE ? nian + 3 : -1;
  return yue >= 0 && text.charCodeAt(yue + 1) === ZERO;
}

/** 2021年06月01日 → 2021年6月1日. */
function paddedDates(ctx: RuleContext): void {
  const { model } = ctx;
  const { text } = model;
  const lineOf = lineFinder(model);
  // The year's four digits stand before 年. Only a month or day with a leading zero is reported, so
  // only dates with a 0 right after 年, or right after the 月 of a one- or two-digit month, are matched.
  const startAt = (nian: number) => (paddedAfter(text, nian) ? nian - 4 : undefined);
  for (const m of matchesAtCues(PADDED, text, cuesOf(model).years, startAt)) {
    const [written, y, mo, d] = m;
    if (!mo.startsWith('0') && !d?.startsWith('0')) continue;
    if (!isDated(model.lineKinds[lineOf(m.index).number])) continue;
    if (!valid(Number(y), Number(mo), d === undefined ? undefined : Number(d))) continue;
    const right = `${y}年${Number(mo)}月${d === undefined ? '' : `${Number(d)}日`}`;
    report(ctx, m.index, written, right, { zh: '月、日不编虚位', en: 'month and day take no leading zero' });
  }
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
    const { model } = ctx;
    for (const line of model.lines.lines) {
      if (isDated(model.lineKinds[line.number]) && endsLikeDate(model.text, line)) signature(ctx, line);
    }
    paddedDates(ctx);
  },
});
