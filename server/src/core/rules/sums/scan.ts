import { isDigit, Quantity, readQuantity } from './quantity';

/**
 * One paragraph read as a flat list of events: quantities, separators, brackets and itemisation markers,
 * each with its bracket depth. Everything the sum checks need is decided on these events, so the text is
 * read once, left to right, without regular expressions that could backtrack.
 */
export type Strength = 1 | 2 | 3 | 4;

export type MarkerKind = 'exhaustive' | 'partial' | 'respectively';

export type ScanEvent =
  | { readonly kind: 'q'; readonly at: number; readonly end: number; readonly depth: number; readonly q: Quantity }
  /** 、 = 1, ，： = 2, ； = 3, 。！？ = 4 */
  | { readonly kind: 'sep'; readonly at: number; readonly end: number; readonly depth: number; readonly strength: Strength }
  /** `close`: index of the matching close event, or -1 when the bracket is never closed in its sentence */
  | { readonly kind: 'open'; readonly at: number; readonly end: number; readonly depth: number; close: number }
  | { readonly kind: 'close'; readonly at: number; readonly end: number; readonly depth: number; readonly open: number }
  | { readonly kind: 'marker'; readonly at: number; readonly end: number; readonly depth: number; readonly word: string; readonly marker: MarkerKind };

export interface Scan {
  readonly text: string;
  readonly events: readonly ScanEvent[];
}

/**
 * Words that announce the parts of the total before them. `partial` lists may leave parts out, so they are
 * only wrong when the parts exceed the total. Longest first.
 */
const MARKERS: readonly (readonly [string, MarkerKind])[] = [
  ['其中包括', 'partial'],
  ['包括但不限于', 'partial'],
  ['主要涉及', 'partial'],
  ['主要包括', 'partial'],
  ['具体包括', 'exhaustive'],
  ['分别为', 'respectively'],
  ['分别是', 'respectively'],
  ['分别有', 'respectively'],
  ['具体为', 'exhaustive'],
  ['具体是', 'exhaustive'],
  ['主要有', 'partial'],
  ['主要为', 'partial'],
  ['主要是', 'partial'],
  ['其中', 'exhaustive'],
  ['分别', 'respectively'],
  ['包括', 'exhaustive'],
  ['分为', 'exhaustive'],
];
const MARKER_FIRST = new Set(MARKERS.map(([w]) => w[0]));

const SEPARATORS: Record<string, Strength> = {
  '、': 1,
  '，': 2,
  ',': 2,
  '：': 2,
  ':': 2,
  '；': 3,
  ';': 3,
  '。': 4,
  '！': 4,
  '？': 4,
  '!': 4,
  '?': 4,
};

// Characters the loop below acts on; every other character is skipped by its code, without making a
// one-character string (which, for CJK text, allocated on every character of the prose).
const ACTS_ON = new Uint8Array(0x10000);
for (const c of ['0123456789０１２３４５６７８９', ...Object.keys(SEPARATORS), '（()）', ...MARKER_FIRST].join('')) ACTS_ON[c.charCodeAt(0)] = 1;

export function scan(text: string): Scan {
  const events: ScanEvent[] = [];
  const stack: number[] = [];
  let clauseStart = 0;
  let i = 0;
  while (i < text.length) {
    if (ACTS_ON[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const c = text[i];
    if (isDigit(c)) {
      const { q, next } = readQuantity(text, i, clauseStart);
      if (q) events.push({ kind: 'q', at: q.start, end: q.fullEnd, depth: stack.length, q });
      i = next;
      continue;
    }
    const strength = SEPARATORS[c];
    if (strength !== undefined) {
      // A sentence end closes every bracket left open, so one stray bracket cannot swallow a paragraph.
      if (strength === 4) for (const o of stack.splice(0)) (events[o] as { close: number }).close = -1;
      events.push({ kind: 'sep', at: i, end: i + 1, depth: stack.length, strength });
      if (strength > 1) clauseStart = i + 1;
      i++;
      continue;
    }
    if (c === '（' || c === '(') {
      stack.push(events.length);
      events.push({ kind: 'open', at: i, end: i + 1, depth: stack.length - 1, close: -1 });
      clauseStart = ++i;
      continue;
    }
    if ((c === '）' || c === ')') && stack.length > 0) {
      const open = stack.pop()!;
      (events[open] as { close: number }).close = events.length;
      events.push({ kind: 'close', at: i, end: i + 1, depth: stack.length, open });
      clauseStart = ++i;
      continue;
    }
    if (MARKER_FIRST.has(c)) {
      const m = MARKERS.find(([w]) => text.startsWith(w, i));
      if (m) {
        events.push({ kind: 'marker', at: i, end: i + m[0].length, depth: stack.length, word: m[0], marker: m[1] });
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  return { text, events };
}
