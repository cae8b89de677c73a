import { codeSet } from '../../text/code-set';
import { chineseNumeral } from '../../model/heading-syntax';
import { msg } from '../../i18n';
import { ReportModel } from '../../model/types';
import { TextRange } from '../../text/range';
import { PartTemplate } from '../../templates';
import { defineRule, RelatedLocation } from '../types';
import { conjunctionLength, isStandardKey, nextConjunction, partByText, partsByNumber, titleKey } from './common';
import { mapped } from '../../arrays';

/** One part named by the preamble's list, with where it is written. */
interface Listed {
  readonly part: PartTemplate;
  readonly text: string;
  readonly range: TextRange;
}

// "全文由总体情况、…、其他需要报告的事项六个部分组成" / "本报告内容包括…等六部分内容" (a count), or
// "报告主要包括：…。" (none). Bounded and sentence-local, so the lazy list cannot backtrack far.
const WITH_COUNT = /(?:由|包括|包含)[:：]?([^。；;]{8,300}?)等?([一二三四五六七八九十]|\d)个?部分/;
const WITHOUT_COUNT = /(?:主要包括|内容包括|包括以下内容|包括以下几个方面)[:：]?([^。]{8,300})。/;
const MAX_PREAMBLE = 5000;

/** A piece of the list between separators and conjunctions, with the part it names. */
interface Piece {
  readonly text: string;
  readonly start: number;
  readonly part: PartTemplate | undefined;
}

/** The separators between the items of the list. */
const SEPARATOR = codeSet('、，,；');

/** Splits "…改进情况和其他需要报告事项" at a conjunction only where both halves name different parts. */
function splitItem(text: string, start: number, out: Piece[]): void {
  for (let at = nextConjunction(text, 0); at >= 0; at = nextConjunction(text, at + conjunctionLength(text, at))) {
    const rightStart = at + conjunctionLength(text, at);
    const left = partByText(text.slice(0, at));
    // The right half is read only when the left one names a part: each reading tries six patterns.
    const right = left && partByText(text.slice(rightStart));
    if (right && left !== right) {
      out.push({ text: text.slice(0, at), start, part: left });
      splitItem(text.slice(rightStart), start + rightStart, out);
      return;
    }
  }
  out.push({ text, start, part: partByText(text) });
}

/** The parts the list names, in order; pieces of one part split by its own 、 are joined again. */
function readList(text: string, offset: number): Listed[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && SEPARATOR[text.charCodeAt(i)] === 0) continue;
    splitItem(text.slice(from, i), offset + from, pieces);
    from = i + 1;
  }
  const listed: Listed[] = [];
  for (const { part, start, text: piece } of pieces) {
    if (!part) continue;
    const prev = listed[listed.length - 1];
    const end = start + piece.length;
    if (prev && prev.part === part) {
      listed[listed.length - 1] = { part, range: { start: prev.range.start, end }, text: '' };
    } else listed.push({ part, range: { start, end }, text: '' });
  }
  // A new object rather than a spread of the old one: an object spread costs microseconds on a cold check.
  return mapped(listed, ({ part, range }) => ({ part, range, text: text.slice(range.start - offset, range.end - offset).trim() }));
}

function findList(model: ReportModel): { listed: Listed[]; count: number | undefined; range: TextRange } | undefined {
  if (!model.preamble) return undefined;
  // The list sits in the opening paragraph; a pasted 10 MB "preamble" is not searched further.
  const pre = model.text.slice(model.preamble.start, Math.min(model.preamble.end, model.preamble.start + MAX_PREAMBLE));
  const m = WITH_COUNT.exec(pre) ?? WITHOUT_COUNT.exec(pre);
  if (!m) return undefined;
  const start = model.preamble.start + m.index + m[0].indexOf(m[1]);
  const listed = readList(m[1], start);
  // A sentence that happens to name a part or two is not the list of parts.
  if (listed.length < 3) return undefined;
  const count = m[2] === undefined ? undefined : /\d/.test(m[2]) ? Number(m[2]) : chineseNumeral(m[2]);
  return { listed, count, range: { start, end: start + m[1].length } };
}

export default defineRule({
  meta: {
    id: 'preamble-parts',
    description: msg('序言中列出的各部分与正文的部分标题一致（STR-2）', "The preamble's list of parts agrees with the part headings (STR-2)"),
    defaultSeverity: 'warning',
    fixable: false,
    implements: ['STR-2'],
  },
  check(ctx) {
    const { model } = ctx;
    const found = findList(model);
    if (!found) return;
    const parts = partsByNumber(model);
    const zh: string[] = [];
    const en: string[] = [];
    const related: RelatedLocation[] = [];
    if (found.count !== undefined && found.count !== found.listed.length) {
      zh.push(`序言称${found.count}个部分，却列出${found.listed.length}个`);
      en.push(`the preamble announces ${found.count} parts but lists ${found.listed.length}`);
    }
    for (const l of found.listed) {
      const part = parts.get(l.part.number);
      if (!part) {
        zh.push(`序言列出的「${l.text}」在正文中没有对应的部分`);
        en.push(`"${l.text}" is listed but no part has that heading`);
        continue;
      }
      const h = part.heading;
      // Most lists copy the headings word for word: equal texts have equal keys, so none is made.
      if (l.text === h.title) continue;
      const listedKey = titleKey(l.text);
      const headingKey = titleKey(h.title);
      // Two standard wordings of one part agree; a non-standard wording on either side does not.
      if (listedKey === headingKey || (isStandardKey(l.part, listedKey) && isStandardKey(l.part, headingKey))) continue;
      zh.push(`序言作「${l.text}」，正文标题为「${h.marker}${h.title}」`);
      en.push(`the preamble says "${l.text}", the heading "${h.marker}${h.title}"`);
      related.push({ range: h.titleRange, message: msg('正文标题', 'the heading') });
    }
    const listedNumbers = mapped(found.listed, (l) => l.part.number);
    for (const [n, part] of parts) {
      if (listedNumbers.includes(n)) continue;
      zh.push(`正文的「${part.heading.marker}${part.heading.title}」未在序言中列出`);
      en.push(`"${part.heading.marker}${part.heading.title}" is not in the preamble's list`);
      related.push({ range: part.heading.titleRange, message: msg('未列出的部分', 'the unlisted part') });
    }
    const order = mapped(found.listed.filter((l) => parts.has(l.part.number)), (l) => parts.get(l.part.number)!.heading.titleRange.start);
    if (order.some((o, i) => i > 0 && o < order[i - 1])) {
      zh.push('序言列出的顺序与正文不同');
      en.push('the preamble lists the parts in another order than the headings');
    }
    if (!zh.length) return;
    ctx.report({
      range: found.range,
      message: msg(`序言所列部分与正文不一致：${zh.join('；')}`, `The preamble's list of parts disagrees with the headings: ${en.join('; ')}`),
      related,
    });
  },
});
