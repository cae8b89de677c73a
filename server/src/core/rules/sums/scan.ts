import { groupByCode, pairCode, WHITE_SPACE } from './chars';
import { numberEnd, Quantity, readQuantity } from './quantity';

/**
 * One paragraph read as a flat list of events: quantities, separators, brackets and itemisation markers,
 * each with its bracket depth. Everything the sum checks need is decided on these events, so the text is
 * read once, left to right, without regular expressions that could backtrack.
 */
export type Strength = 1 | 2 | 3 | 4;

export type MarkerKind = 'exhaustive' | 'partial' | 'respectively';

interface At {
  readonly at: number;
  readonly end: number;
  readonly depth: number;
}

export type ScanEvent =
  | (At & { readonly kind: 'q'; readonly q: Quantity })
  /** 、 = 1, ，： = 2, ； = 3, 。！？ = 4 */
  | (At & { readonly kind: 'sep'; readonly strength: Strength })
  /** `close`: index of the matching close event, or -1 when the bracket is never closed in its sentence */
  | (At & { readonly kind: 'open'; close: number })
  | (At & { readonly kind: 'close'; readonly open: number })
  | (At & { readonly kind: 'marker'; readonly marker: MarkerKind });

type EventOf<K extends ScanEvent['kind']> = Extract<ScanEvent, { kind: K }>;

/**
 * Every event is made here with the same fields in the same order, those of other kinds left empty: one
 * object shape for all kinds keeps the readers' property reads monomorphic (five shapes made every read
 * of `kind`, `at` or `depth` a slow megamorphic one). The constructors below fill in the fields of each kind.
 */
function event(kind: ScanEvent['kind'], at: number, end: number, depth: number, q: Quantity | undefined, strength: Strength | 0, close: number, open: number, marker: MarkerKind | undefined): ScanEvent {
  return { kind, at, end, depth, q, strength, close, open, marker } as ScanEvent;
}

const quantityEvent = (q: Quantity, depth: number) => event('q', q.start, q.fullEnd, depth, q, 0, -1, -1, undefined);
const separatorEvent = (at: number, depth: number, strength: Strength) => event('sep', at, at + 1, depth, undefined, strength, -1, -1, undefined);
/** `close` is set when its close event is read */
const openEvent = (at: number, depth: number) => event('open', at, at + 1, depth, undefined, 0, -1, -1, undefined);
const closeEvent = (at: number, depth: number, open: number) => event('close', at, at + 1, depth, undefined, 0, -1, open, undefined);
const markerEvent = (at: number, end: number, depth: number, marker: MarkerKind) => event('marker', at, end, depth, undefined, 0, -1, -1, marker);

export interface Scan {
  /** the text the paragraph is read in: offsets of the events and quantities are offsets in it */
  readonly text: string;
  /** where the paragraph starts and ends in `text` */
  readonly start: number;
  readonly end: number;
  readonly events: readonly ScanEvent[];
  /**
   * Offsets of every 年 written right after a number ("2019年"), where the restatement check looks for
   * other years: the scan reads every number anyway, so the paragraph is not searched for 年 again.
   */
  readonly yearMarks: readonly number[];
  /** the paragraph holds white space: most do not, and the restatement check then skips looking for it */
  readonly hasWhiteSpace: boolean;
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
/**
 * MARKERS by their first two characters, in the same order (longest first): common characters such as 主
 * (主动) or 分 (部分) start no marker, and cost one lookup.
 */
const MARKERS_BY_PREFIX = groupByCode(MARKERS, ([w]) => pairCode(w, 0));

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

/**
 * What the loop below does with each character code: a separator's strength (1–4), or one of the actions
 * after them. Every character is classified by one table lookup, without making a one-character string
 * (which, for CJK text, allocated on every character of the prose) and without hashing it into an object
 * of separators.
 */
const SKIP = 0;
const DIGIT = 5;
const OPEN = 6;
const CLOSE = 7;
const MARKER_FIRST = 8;
const WHITE = 9;
const ACTION = new Uint8Array(0x10000);
const classify = (chars: string, action: number) => {
  for (let i = 0; i < chars.length; i++) ACTION[chars.charCodeAt(i)] = action;
};
classify('0123456789０１２３４５６７８９', DIGIT);
classify('（(', OPEN);
classify('）)', CLOSE);
for (const [w] of MARKERS) ACTION[w.charCodeAt(0)] = MARKER_FIRST;
for (const [c, strength] of Object.entries(SEPARATORS)) classify(c, strength);
for (let c = 0; c < WHITE_SPACE.length; c++) if (WHITE_SPACE[c] === 1) ACTION[c] = WHITE;
const NIAN = '年'.charCodeAt(0);
const isStrength = (action: number): action is Strength => action >= 1 && action <= 4;

function markerAt(text: string, i: number): readonly [string, MarkerKind] | undefined {
  const candidates = MARKERS_BY_PREFIX.get(pairCode(text, i));
  if (candidates) for (const m of candidates) if (text.startsWith(m[0], i)) return m;
  return undefined;
}

/**
 * Reads the paragraph [start, end) of `text`. The paragraph is read in place, in the document's text: a
 * line's own string is a slice of it, and every character read from a slice costs an indirection. Nothing
 * is looked for across a line break, so the characters around the paragraph change no reading.
 */
export function scan(text: string, start = 0, end = text.length): Scan {
  const events: ScanEvent[] = [];
  const yearMarks: number[] = [];
  // Indices of the open brackets not closed yet; `depth` of them are valid.
  const open: number[] = [];
  let depth = 0;
  let clauseStart = start;
  let hasWhiteSpace = false;
  let i = start;
  while (i < end) {
    let action = ACTION[text.charCodeAt(i)];
    // Most characters are plain prose: passed over in this inner loop, the hottest of the rule.
    while (action === SKIP && ++i < end) action = ACTION[text.charCodeAt(i)];
    if (action === SKIP) break;
    if (action === DIGIT) {
      const digitsEnd = numberEnd(text, i);
      const q = readQuantity(text, i, digitsEnd, clauseStart);
      if (q) events.push(quantityEvent(q, depth));
      if (text.charCodeAt(digitsEnd) === NIAN) yearMarks.push(digitsEnd);
      i = digitsEnd;
      continue;
    }
    if (isStrength(action)) {
      const strength = action;
      // A sentence end closes every bracket left open (their `close` stays -1), so one stray bracket cannot
      // swallow a paragraph.
      if (strength === 4) depth = 0;
      events.push(separatorEvent(i, depth, strength));
      if (strength > 1) clauseStart = i + 1;
      i++;
      continue;
    }
    if (action === OPEN) {
      open[depth++] = events.length;
      events.push(openEvent(i, depth - 1));
      clauseStart = ++i;
      continue;
    }
    if (action === CLOSE && depth > 0) {
      const opener = open[--depth];
      (events[opener] as EventOf<'open'>).close = events.length;
      events.push(closeEvent(i, depth, opener));
      clauseStart = ++i;
      continue;
    }
    if (action === WHITE) {
      hasWhiteSpace = true;
      i++;
      continue;
    }
    const m = action === MARKER_FIRST ? markerAt(text, i) : undefined;
    if (m) {
      events.push(markerEvent(i, i + m[0].length, depth, m[1]));
      i += m[0].length;
      continue;
    }
    i++;
  }
  return { text, start, end, events, yearMarks, hasWhiteSpace };
}
