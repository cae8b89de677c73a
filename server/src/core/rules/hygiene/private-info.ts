import { Localized, msg } from '../../i18n';
import { defineRule, RuleContext } from '../types';
import { classAt, DIGIT, mask, matchesAtCues, Offsets } from './common';
import { cuesOf } from './cues';
import { LocalPath, localPathsOf } from './local-paths';
import { isResidentId } from './resident-id';

// Official contact details (office landlines with or without area code, institutional mailboxes,
// portal URLs) match none of these: landlines do not start with 1[3-9], and only numeric @qq.com
// mailboxes are personal by construction.
/** 11-digit mobile numbers, optionally +86 and split 3-4-4 by a hyphen or space; not part of a longer number or a decimal. */
const MOBILE = /(?<![\w.+-])(?:\+?86[- ]?)?(1[3-9]\d)([- ]?)(\d{4})\2(\d{4})(?!\d|\.\d|[ \t]*[元万亿件个项次条人户%])/y;
// Sticky like MOBILE, tried only where they can start (see cuesOf): a mobile number at the start of a
// run of digits that begins like one (or at the + before it), a resident ID number at the start of a
// long run of digits, a QQ mailbox at the start of the digits before an @.
const RESIDENT_ID = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/y;
const QQ_MAIL = /(?<![\w.+-])(\d{5,11})@(?:vip\.)?qq\.com\b/iy;
/** The most digits a QQ number has. */
const QQ_DIGITS = 11;

/** Where the digits before an @ start, or undefined when there are too few or too many for a QQ number. */
function qqNumberStart(text: string, at: number): number | undefined {
  let start = at;
  while (start > at - QQ_DIGITS - 1 && classAt(text, start - 1) & DIGIT) start--;
  return at - start >= 5 && at - start <= QQ_DIGITS ? start : undefined;
}

function shortPath(p: string): string {
  return p.length > 48 ? `${p.slice(0, 45)}…` : p;
}

function pathMessage(p: LocalPath): Localized {
  const zh: string[] = [];
  const en: string[] = [];
  if (p.account) {
    const os = p.system === 'posix' ? '' : 'Windows ';
    zh.push(`${os}用户名「${p.account}」`);
    en.push(`the ${os}account name "${p.account}"`);
  }
  if (p.qq) {
    zh.push(`QQ 号 ${p.qq}`);
    en.push(`the QQ number ${p.qq}`);
  }
  if (p.wechat) {
    zh.push(`微信号「${p.wechat}」`);
    en.push(`the WeChat id "${p.wechat}"`);
  }
  const shown = shortPath(p.text);
  return zh.length
    ? msg(`本地文件路径「${shown}」会暴露：${zh.join('、')}`, `Local file path "${shown}" would expose ${en.join(', ')}`)
    : msg(`本地文件路径「${shown}」会暴露作者电脑的目录结构`, `Local file path "${shown}" would expose the author's folders`);
}

function reportMobiles(ctx: RuleContext, mobileRuns: Offsets): void {
  const { model } = ctx;
  const { text } = model;
  const startAt = (run: number) => (text.charCodeAt(run - 1) === 0x2b /* + */ ? run - 1 : run);
  for (const m of matchesAtCues(MOBILE, text, mobileRuns, startAt)) {
    // An unseparated 11-digit value in a statistics table is a number, not a phone.
    if (!m[2] && model.lineKinds[model.lines.lineAt(m.index).number] === 'table') continue;
    const digits = `${m[1]}${m[3]}${m[4]}`;
    ctx.report({
      range: { start: m.index, end: m.index + m[0].length },
      message: msg(`个人手机号码 ${mask(digits, 3, 4)}：公开会暴露个人联系方式，请改用办公电话`, `Personal mobile number ${mask(digits, 3, 4)}: publishing it exposes a private contact; give the office landline instead`),
    });
  }
}

export default defineRule({
  meta: {
    id: 'private-info',
    description: msg(
      '不得公开的个人信息：本地文件路径（含用户名、QQ 号、微信号）、个人手机号码、居民身份证号码、个人 QQ 邮箱；办公电话、单位邮箱、网址不在此列',
      'Personal data that must not be published: local file paths (with account names, QQ numbers, WeChat ids), personal mobile numbers, resident ID numbers, personal QQ mailboxes; office landlines, institutional mailboxes and URLs are fine',
    ),
    defaultSeverity: 'error',
    fixable: false,
    appliesTo: ['annual-report', 'work-plan'],
  },
  check(ctx) {
    const { model } = ctx;
    const { text } = model;
    const cues = cuesOf(model);
    for (const p of localPathsOf(model)) ctx.report({ range: p.range, message: pathMessage(p) });
    reportMobiles(ctx, cues.mobileRuns);
    for (const m of matchesAtCues(RESIDENT_ID, text, cues.longDigitRuns)) {
      if (!isResidentId(m[0])) continue;
      ctx.report({
        range: { start: m.index, end: m.index + 18 },
        message: msg(`居民身份证号码 ${mask(m[0], 6, 4)}：公开会暴露个人身份信息（条例禁止公开申请人等个人信息）`, `Resident ID number ${mask(m[0], 6, 4)}: publishing it exposes a person's identity`),
      });
    }
    for (const m of matchesAtCues(QQ_MAIL, text, cues.mailboxes, (at) => qqNumberStart(text, at))) {
      ctx.report({
        range: { start: m.index, end: m.index + m[0].length },
        message: msg(`个人 QQ 邮箱，会暴露 QQ 号 ${m[1]}；请改用单位邮箱`, `Personal QQ mailbox: it exposes the QQ number ${m[1]}; use the institutional mailbox`),
      });
    }
  },
});
