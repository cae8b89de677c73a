import { Localized, msg } from '../i18n';
import { ReportModel } from '../model/types';
import { arithmetic, cellPlace, TABLE_SHORT } from '../prose/describe';
import { ClaimMention, CountMention, mentionAt, ShareMention, YoyMention } from '../prose/mentions';
import { Quantity } from '../prose/quantities';
import { formatScaled, percentText } from '../prose/rounding';
import { expectedText, shareCheckOf } from '../prose/shares';
import { evaluateYoy, yoyComputation } from '../prose/yoy';
import { TextRange } from '../text/range';
import { mapped } from '../arrays';

export interface HoverInfo {
  /** the number (or claim phrase) the hover is about */
  readonly range: TextRange;
  readonly markdown: Localized;
}

type Lines = { zh: string[]; en: string[] };

/** Paragraphs apart, list items of one list together. */
function join(lines: Lines): Localized {
  const md = (l: string[]) => l.reduce((acc, line, i) => (i === 0 ? line : `${acc}${line.startsWith('- ') && l[i - 1].startsWith('- ') ? '\n' : '\n\n'}${line}`), '');
  return msg(md(lines.zh), md(lines.en));
}

/** "表三「不予公开（小计）」：「…国家秘密」行「总计」列 1 + … = 8" with each cell's row and column. */
function describeQuantity(q: Quantity, out: Lines): void {
  const t = TABLE_SHORT[q.table];
  if (q.status === 'no-table' || q.status === 'no-data') {
    out.zh.push(`${t.zh}「${q.name.zh}」：${t.zh}${q.status === 'no-table' ? '缺失' : '没有数据行'}`);
    out.en.push(`${t.en}, ${q.name.en}: ${t.en} ${q.status === 'no-table' ? 'is missing' : 'has no data row'}`);
    return;
  }
  out.zh.push(`${t.zh}「${q.name.zh}」= **${arithmetic(q)}**`);
  out.en.push(`${t.en}, ${q.name.en} = **${arithmetic(q)}**`);
  const cells = q.cells.length > 4 ? q.cells.filter((c) => c.cell.value !== 0) : q.cells;
  for (const c of cells.slice(0, 8)) {
    const p = cellPlace(c);
    out.zh.push(`- ${p.zh}：${c.cell.value ?? '?'}`);
    out.en.push(`- ${p.en}: ${c.cell.value ?? '?'}`);
  }
}

function countHover(model: ReportModel, m: CountMention): Localized {
  const phrase = model.text.slice(m.phraseRange.start, m.phraseRange.end);
  const out: Lines = { zh: [`**${phrase} ${m.value}件**`], en: [`**${phrase} ${m.value}** (${m.quantity.name.en})`] };
  for (const q of [m.quantity, ...m.alternatives]) describeQuantity(q, out);
  const readings = [m.quantity, ...m.alternatives].filter((q) => q.status === 'ok');
  if (readings.length) {
    const agree = readings.some((q) => q.value === m.value);
    out.zh.push(agree ? '✓ 与表格一致' : `✗ 与表格不符（正文 ${m.value}）`);
    out.en.push(agree ? '✓ agrees with the table' : `✗ disagrees with the table (the prose says ${m.value})`);
  }
  return join(out);
}

function claimHover(model: ReportModel, c: ClaimMention): Localized {
  const phrase = model.text.slice(c.range.start, c.range.end);
  const out: Lines = { zh: [`**${phrase}**`], en: [`**${phrase}**`] };
  if (c.key === 'allNaturalPerson') {
    const [natural, total] = mapped(c.quantities, (q) => q.value ?? '?');
    const mark = natural === total ? ' ✓' : ' ✗';
    out.zh.push(`表三「本年新收」行：自然人 ${natural}，总计 ${total}${mark}`);
    out.en.push(`Table 3, new requests: natural persons ${natural}, total ${total}${mark}`);
  } else {
    out.zh.push('表四相应各格应均为 0');
    out.en.push('The matching cells of table 4 must all be 0');
    for (const q of c.quantities.filter((x) => x.key.endsWith('.total'))) describeQuantity(q, out);
  }
  return join(out);
}

function shareHover(model: ReportModel, s: ShareMention): Localized | undefined {
  const c = shareCheckOf(model, s);
  if (!c) return undefined;
  const x = s.numerator.value;
  const k = c.stated.decimals;
  const phrase = model.text.slice(s.numerator.phraseRange.start, s.numerator.phraseRange.end);
  const out: Lines = { zh: [`**${phrase} ${x}件，占 ${c.stated.text}%**`], en: [`**${phrase} ${x}, ${c.stated.text}%**`] };
  const seen = new Set<number>();
  for (const f of c.fits) {
    if (seen.has(f.base.value)) continue;
    seen.add(f.base.value);
    const mark = f.matches ? ' ✓' : f.truncates ? ' ✗（截断）' : '';
    const markEn = f.matches ? ' ✓' : f.truncates ? ' ✗ (truncated)' : '';
    const line = `${x} ÷ ${f.base.value} = ${percentText(x, f.base.value, k)}% → ${formatScaled(f.rounded, k)}%`;
    out.zh.push(`- ${f.base.name.zh}：${line}${mark}`);
    out.en.push(`- ${f.base.name.en}: ${line}${markEn}`);
  }
  if (c.verdict !== 'ok' && c.base) {
    out.zh.push(`应为 **${expectedText(c)}%**（按${c.base.name.zh}，四舍五入）`);
    out.en.push(`Should be **${expectedText(c)}%** (on ${c.base.name.en}, rounded half-up)`);
  }
  return join(out);
}

function yoyHover(model: ReportModel, y: YoyMention): Localized | undefined {
  const c = evaluateYoy(model).find((x) => x.mention === y);
  if (!c) return undefined;
  const out: Lines = { zh: [`**同比${y.word} ${c.stated.text}%**（本年 ${c.current}件）`], en: [`**${c.stated.text}% ${y.direction === 'up' ? 'increase' : 'decrease'}** (this year ${c.current})`] };
  const list = c.rounded.length ? c.rounded : c.truncated;
  for (const prev of list.slice(0, 3)) {
    const tag = c.rounded.length ? '' : '（截断才得到文中数字）';
    out.zh.push(`- 上年 ${prev}件：${yoyComputation(c, prev)}${tag}`);
    out.en.push(`- last year ${prev}: ${yoyComputation(c, prev)}${c.rounded.length ? '' : ' (matches only when truncated)'}`);
  }
  if (!list.length) {
    out.zh.push('没有整数的上年数能得到这个百分比');
    out.en.push('No whole previous-year figure gives this percentage');
  }
  return join(out);
}

/**
 * Hover on a prose number the model ties to the tables: the cells it restates (row and column), the table
 * value and, for shares and 同比 figures, the computation ("6 ÷ 14 = 42.857% → 42.86%").
 */
export function hoverAt(model: ReportModel, offset: number): HoverInfo | undefined {
  if (!model.isReport) return undefined;
  const m = mentionAt(model, offset);
  if (!m) return undefined;
  const markdown =
    m.kind === 'count' ? countHover(model, m) : m.kind === 'claim' ? claimHover(model, m) : m.kind === 'share' ? shareHover(model, m) : yoyHover(model, m);
  return markdown ? { range: m.range, markdown } : undefined;
}
