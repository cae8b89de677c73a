import { Localized, msg } from '../../i18n';
import { Heading, Part, ReportModel } from '../../model/types';
import { labelKey } from '../../text/normalize';
import { TextRange } from '../../text/range';
import { PARTS, PartTemplate } from '../../templates';

/** The document's own line break, so that inserted text matches it. */
export function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/** Offset after the last non-space character (a backwards scan: `/\s+$/` is quadratic on long inner runs). */
export function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** "六、其他需要报告的事项" */
export function standardHeading(p: PartTemplate): string {
  return `${p.numeral}、${p.title}`;
}

export function partName(p: PartTemplate): Localized {
  return msg(`第${p.numeral}部分「${standardHeading(p)}」`, `part ${p.number} "${standardHeading(p)}"`);
}

/**
 * Title text for comparison: no spaces, half-width, no closing stop, and the conjunctions 和/及/、
 * unified ("行政复议和行政诉讼" and "行政复议、行政诉讼" say the same thing).
 */
export function titleKey(s: string): string {
  return labelKey(s)
    .replace(/[。.]+$/, '')
    .replace(/以及|和|及|与/g, '、');
}

/** The template title or one of the variants domain §2.2 accepts. */
export function isStandardTitle(p: PartTemplate, title: string): boolean {
  const k = titleKey(title);
  return k === titleKey(p.title) || p.accepted.some((a) => titleKey(a) === k);
}

/**
 * The part a free text names (a preamble list item). Part 四 is tried before 三 because "政府信息公开
 * 申请行政复议" also contains 公开申请.
 */
const LOOKUP_ORDER = [4, 5, 6, 1, 2, 3].map((n) => PARTS.find((p) => p.number === n)!);
export function partByText(text: string): PartTemplate | undefined {
  return LOOKUP_ORDER.find((p) => p.keywords.test(text));
}

/** The recognised parts, first occurrence of each template number. */
export function partsByNumber(model: ReportModel): Map<number, Part> {
  const byNumber = new Map<number, Part>();
  for (const p of model.parts) if (p.template && !byNumber.has(p.template.number)) byNumber.set(p.template.number, p);
  return byNumber;
}

/** The range of the heading's title, without its marker. */
export function titleOnly(h: Heading): TextRange {
  return { start: h.markerRange.end, end: h.titleRange.end };
}

/** Whether the heading's title is all of the heading (or ends at a run-in stop), so replacing it is safe. */
export function titleIsWhole(model: ReportModel, h: Heading): boolean {
  const after = model.text.slice(h.titleRange.end, h.lineRange.end).trim();
  return after === '' || /^[。：:；;！？]/.test(after);
}

/** The text of a heading's section after its title (the body, sub-headings included). */
export function bodyOf(model: ReportModel, h: Heading): string {
  return model.text.slice(h.titleRange.end, h.sectionRange.end).replace(/^[。：:；;\s\u00a0\u3000]+/, '');
}

/** Every heading below `h`, depth first. */
export function descendants(h: Heading): Heading[] {
  return h.children.flatMap((c) => [c, ...descendants(c)]);
}
