import { codeSet } from '../../text/code-set';
import { Localized, msg } from '../../i18n';
import { Heading, Part, ReportModel } from '../../model/types';
import { isWhiteSpace, labelKey, skipSpaceBackward } from '../../text/normalize';
import { TextRange } from '../../text/range';
import { PARTS, PartTemplate } from '../../templates';
import { mapped } from '../../arrays';

/** The document's own line break, so that inserted text matches it. */
export function eolOf(text: string): string {
  return text.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
}

/** Offset after the last non-space character (a backwards scan: `/\s+$/` is quadratic on long inner runs). */
export function contentEnd(text: string): number {
  return skipSpaceBackward(text, 0, text.length);
}

/** "六、其他需要报告的事项" */
export function standardHeading(p: PartTemplate): string {
  return `${p.numeral}、${p.title}`;
}

export function partName(p: PartTemplate): Localized {
  return msg(`第${p.numeral}部分「${standardHeading(p)}」`, `part ${p.number} "${standardHeading(p)}"`);
}

const FULL_STOP = 0x3002;
const DOT = 0x2e;
const YI = '以'.charCodeAt(0);
const JI = '及'.charCodeAt(0);
/** 和, 及, 与 flagged by code (以 counts when 及 follows). */
const CONJUNCTION = codeSet('和及与');

/**
 * Offset of the first conjunction 以及|和|及|与 from `from` on, where a global search for them finds it
 * (以及 before its own 及), or -1. A scan of codes: titles and list items are read this way one by one.
 */
export function nextConjunction(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (CONJUNCTION[c] === 1 || (c === YI && text.charCodeAt(i + 1) === JI)) return i;
  }
  return -1;
}

/** The length of the conjunction `nextConjunction` found at `at`. */
export function conjunctionLength(text: string, at: number): number {
  return text.charCodeAt(at) === YI ? 2 : 1;
}

/**
 * Title text for comparison: no spaces, half-width, no closing stop, and the conjunctions 和/及/、
 * unified ("行政复议和行政诉讼" and "行政复议、行政诉讼" say the same thing).
 */
export function titleKey(s: string): string {
  const key = labelKey(s);
  // The closing stops by a backwards scan: `/[。.]+$/` would try every position of the text.
  let end = key.length;
  while (end > 0 && (key.charCodeAt(end - 1) === FULL_STOP || key.charCodeAt(end - 1) === DOT)) end--;
  const bare = end === key.length ? key : key.slice(0, end);
  const first = nextConjunction(bare, 0);
  return first < 0 ? bare : unifyConjunctions(bare, first);
}

/** `s` with each conjunction from `first` on made 、, as a global replace would: a scan, not a regex. */
function unifyConjunctions(s: string, first: number): string {
  let out = '';
  let from = 0;
  for (let at = first; at >= 0; at = nextConjunction(s, from)) {
    out += s.slice(from, at) + '、';
    from = at + conjunctionLength(s, at);
  }
  return out + s.slice(from);
}

interface StandardKeys {
  readonly title: string;
  /** the title's key and those of the accepted variants: a few, compared in turn (a set would hash each fresh key) */
  readonly all: readonly string[];
}

/** Made once per template rather than on every comparison: the templates are constants. */
const STANDARD_KEYS = new WeakMap<PartTemplate, StandardKeys>();

function standardKeys(p: PartTemplate): StandardKeys {
  let keys = STANDARD_KEYS.get(p);
  if (!keys) {
    const title = titleKey(p.title);
    keys = { title, all: [title, ...mapped(p.accepted, titleKey)] };
    STANDARD_KEYS.set(p, keys);
  }
  return keys;
}

/** `titleKey` of the template title. */
export function templateTitleKey(p: PartTemplate): string {
  return standardKeys(p).title;
}

/** The template title or one of the variants domain §2.2 accepts. */
export function isStandardTitle(p: PartTemplate, title: string): boolean {
  return isStandardKey(p, titleKey(title));
}

/** `isStandardTitle` for a title whose `titleKey` is at hand. */
export function isStandardKey(p: PartTemplate, key: string): boolean {
  return standardKeys(p).all.includes(key);
}

/**
 * The part a free text names (a preamble list item). Part 四 is tried before 三 because "政府信息公开
 * 申请行政复议" also contains 公开申请.
 */
const LOOKUP_ORDER = mapped([4, 5, 6, 1, 2, 3], (n) => PARTS.find((p) => p.number === n)!);
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
  // The run-in stops and spaces after the title are skipped by a scan, so the body is one slice.
  const { text } = model;
  let start = h.titleRange.end;
  const end = h.sectionRange.end;
  while (start < end && isBodyLead(text.charCodeAt(start))) start++;
  return text.slice(start, end);
}

/** The stops that may end a run-in title, which `bodyOf` drops with the white space before the body. */
const RUN_IN_STOP = codeSet('。：:；;');

function isBodyLead(c: number): boolean {
  return RUN_IN_STOP[c] === 1 || isWhiteSpace(c);
}

/** The number of characters of `s` that are not white space, counted up to `limit`. */
export function nonSpaceCount(s: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < s.length && count < limit; i++) if (!isWhiteSpace(s.charCodeAt(i))) count++;
  return count;
}

/** Every heading below `h`, depth first. */
export function descendants(h: Heading): Heading[] {
  const out: Heading[] = [];
  addDescendants(h, out);
  return out;
}

function addDescendants(h: Heading, out: Heading[]): void {
  for (const c of h.children) {
    out.push(c);
    addDescendants(c, out);
  }
}
