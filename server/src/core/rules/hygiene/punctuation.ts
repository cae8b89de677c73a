import { Localized, msg } from '../../i18n';
import { ReportModel } from '../../model/types';
import { Line } from '../../text/line-index';
import { TextRange } from '../../text/range';
import { defineRule, FindingInput } from '../types';
import { findArtifacts } from './artifacts';
import { insideAny, isCjk, isCjkPunct, isDigit, isHan, linesOf } from './common';
import { docNumbersOf } from './doc-numbers';
import { localPathsOf } from './local-paths';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };
const isSpace = (c: string | undefined) => c === ' ' || c === '\u00a0';

/** Spans other rules own (debris, document numbers, paths) and heading markers (heading-numbering's). */
function excluded(model: ReportModel): TextRange[] {
  return [
    ...findArtifacts(model).map((a) => a.range),
    ...docNumbersOf(model).map((d) => d.range),
    ...localPathsOf(model).map((p) => p.range),
    ...model.headings.map((h) => ({ start: h.markerRange.start, end: h.markerRange.end + 1 })),
  ];
}

/** `作用,推进` → `作用，推进`: a half-width , ; : after Chinese text and before Chinese text or a number. */
function halfWidthMarks(line: Line, report: (f: FindingInput) => void): void {
  const t = line.text;
  for (let i = 1; i < t.length; i++) {
    const c = t[i];
    if (c !== ',' && c !== ';' && c !== ':') continue;
    let j = i + 1;
    while (isSpace(t[j])) j++;
    if (!isCjk(t[i - 1]) || !(isCjk(t[j]) || isDigit(t[j]))) continue;
    const range = { start: line.start + i, end: line.start + j };
    report({
      range,
      message: msg(`中文句中使用了半角标点「${c}」，应为「${FULL[c]}」`, `Half-width "${c}" in Chinese text; use "${FULL[c]}"`),
      fix: { title: msg(`改为「${FULL[c]}」`, `Change to "${FULL[c]}"`), edits: [{ range, newText: FULL[c] }] },
    });
  }
}

/** `通知》(国办…60号)和` → full-width parentheses, when the pair stands in Chinese text. One pass, linear. */
function halfWidthParens(line: Line, report: (f: FindingInput) => void): void {
  const t = line.text;
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') open = i;
    else if (t[i] === ')' && open >= 0) {
      const inner = t.slice(open + 1, i);
      const chinese = isCjk(t[open - 1]) || isCjk(t[i + 1]) || [...inner].some(isHan);
      if (inner.trim() && chinese) {
        report({
          range: { start: line.start + open, end: line.start + i + 1 },
          message: msg('中文句中使用了半角括号「()」，应为「（）」', 'Half-width parentheses "()" in Chinese text; use "（）"'),
          fix: {
            title: msg('改为「（）」', 'Change to "（）"'),
            edits: [
              { range: { start: line.start + open, end: line.start + open + 1 }, newText: '（' },
              { range: { start: line.start + i, end: line.start + i + 1 }, newText: '）' },
            ],
          },
        });
      }
      open = -1;
    }
  }
}

/** What a run of spaces between two characters is, or undefined when it is fine. */
function spaceProblem(left: string, right: string, nbsp: boolean): { message: Localized; replace: string } | undefined {
  const nb = nbsp ? msg('（含不间断空格 NBSP）', ' (a no-break space)') : msg('', '');
  if ((isCjkPunct(left) && (isCjk(right) || isDigit(right))) || (isCjkPunct(right) && (isCjk(left) || isDigit(left)))) {
    return { replace: '', message: msg(`中文标点前后多了空格${nb.zh}`, `Stray space next to Chinese punctuation${nb.en}`) };
  }
  if ((isHan(left) && isDigit(right)) || (isDigit(left) && isHan(right))) {
    return { replace: '', message: msg(`数字与汉字之间多了空格${nb.zh}（如「2021 年」「2000 余次」）`, `Stray space between a number and Chinese text${nb.en} (as in "2021 年")`) };
  }
  if (!nbsp) return undefined;
  // A no-break space inside prose is layout debris; next to Chinese text no space belongs there at all.
  return isCjk(left) || isCjk(right)
    ? { replace: '', message: msg('正文中有不间断空格（NBSP）', 'No-break space (NBSP) in the text') }
    : { replace: ' ', message: msg('正文中有不间断空格（NBSP），应为普通空格', 'No-break space (NBSP) in the text; use an ordinary space') };
}

/** Runs of spaces inside a line (indentation and trailing spaces are layout, left alone). */
function spaces(line: Line, report: (f: FindingInput) => void): void {
  const t = line.text;
  let first = 0;
  while (first < t.length && /\s/.test(t[first])) first++;
  let last = t.length;
  while (last > first && /\s/.test(t[last - 1])) last--;
  for (let i = first; i < last; i++) {
    if (!isSpace(t[i])) continue;
    let j = i;
    while (j < last && isSpace(t[j])) j++;
    const run = t.slice(i, j);
    const p = spaceProblem(t[i - 1], t[j], run.includes('\u00a0'));
    if (p) {
      const range = { start: line.start + i, end: line.start + j };
      report({ range, message: p.message, fix: { title: p.replace ? msg('改为普通空格', 'Use an ordinary space') : msg('删除空格', 'Remove the space'), edits: [{ range, newText: p.replace }] } });
    }
    i = j - 1;
  }
}

export default defineRule({
  meta: {
    id: 'punctuation',
    description: msg(
      '中文标点与空格：中文句中不用半角“, ; : ( )”，中文标点前后、数字与汉字之间不留空格，正文不用不间断空格',
      'Chinese punctuation and spaces: no half-width , ; : ( ) in Chinese text, no spaces around Chinese punctuation or between numbers and Chinese text, no no-break spaces in prose',
    ),
    defaultSeverity: 'information',
    fixable: true,
    appliesTo: ['annual-report', 'work-plan'],
  },
  check(ctx) {
    const { model } = ctx;
    const skip = excluded(model);
    // What a fix would change must stay clear of those spans; a pair of parentheses may enclose one.
    const report = (f: FindingInput) => {
      if (!(f.fix?.edits.map((e) => e.range) ?? [f.range]).some((r) => insideAny(r, skip))) ctx.report(f);
    };
    for (const { line, kind } of linesOf(model, ['prose', 'heading', 'title', 'table'])) {
      halfWidthMarks(line, report);
      halfWidthParens(line, report);
      // In a table, tabs and spaces lay out the cells.
      if (kind !== 'table') spaces(line, report);
    }
  },
});
