import { codeSet } from '../text/code-set';
import { CONJUNCTION_PAIR, CONJUNCTIONS, Family, GROUP_KEYWORDS, MAX_GAP, OUTCOME_KEYWORDS, REQUEST_KEYWORDS, TRAILING_KEYWORDS, TRAILING_STARTS } from './phrases';
import { AppealGroup, appealKey, AppealOutcome, QuantityKey } from './quantities';
import { Sentence } from './sentences';
import { NumberToken } from './tokens';
import { mapped } from '../arrays';

/** A 复议/诉讼 group named in a sentence (sentence offsets). */
export interface GroupAt {
  readonly group: AppealGroup;
  readonly start: number;
  readonly end: number;
}

export interface Binding {
  readonly key: QuantityKey;
  readonly alternatives?: readonly QuantityKey[];
  /** the phrase, in sentence offsets */
  readonly start: number;
  readonly end: number;
}

interface Candidate extends Binding {
  /** whether the phrase is close enough to the number to be its phrase */
  readonly near: boolean;
}

const FAMILY_BIT: Readonly<Record<Family, number>> = { requests: 1, appeals: 2, active: 4 };

function familyBits(families: readonly Family[]): number {
  let bits = 0;
  for (const f of families) bits |= FAMILY_BIT[f];
  return bits;
}

/** What a phrase in the lead binds a number to: a cell or subtotal, or an outcome of the group named before it. */
type LeadMeaning =
  | { readonly kind: 'key'; readonly key: QuantityKey; readonly alternatives?: readonly QuantityKey[] }
  | { readonly kind: 'outcome'; readonly outcome: AppealOutcome };

/**
 * A phrase that can stand in the lead of a number: a keyword of a cell or subtotal, a 复议/诉讼 group (its
 * total) or an outcome. `id` is its place in the list: each phrase is scanned on its own, as a global
 * pattern would, so each keeps where its last match ended.
 */
interface LeadPhrase {
  readonly id: number;
  readonly family: number;
  readonly sticky: RegExp;
  readonly openings: readonly string[];
  readonly meaning: LeadMeaning;
}

const LEAD_PHRASES: readonly LeadPhrase[] = mapped([
  ...mapped(REQUEST_KEYWORDS, (k) => ({ re: k.re, openings: k.openings, family: FAMILY_BIT[k.family], meaning: { kind: 'key', key: k.key, alternatives: k.alternatives } as const })),
  ...mapped(GROUP_KEYWORDS, (g) => ({ re: g.re, openings: g.openings, family: FAMILY_BIT.appeals, meaning: { kind: 'key', key: appealKey(g.group, 'total') } as const })),
  ...mapped(OUTCOME_KEYWORDS, (o) => ({ re: o.re, openings: o.openings, family: FAMILY_BIT.appeals, meaning: { kind: 'outcome', outcome: o.outcome } as const })),
], ({ re, openings, family, meaning }, id) => ({ id, family, sticky: new RegExp(re.source, 'y'), openings, meaning }));

/** A phrase to try where the first character of one of its openings stands and the second follows. */
interface Opening {
  readonly second: number;
  readonly phrase: LeadPhrase;
}

/**
 * The openings by their first character code, each list in phrase order: a code's entry is 1 + the index
 * of its list, 0 for a character no phrase begins with (most of a lead).
 */
const FIRST_CHAR = new Uint8Array(0x10000);
const OPENINGS: Opening[][] = [];
for (const phrase of LEAD_PHRASES) {
  for (const opening of phrase.openings) {
    const first = opening.charCodeAt(0);
    if (FIRST_CHAR[first] === 0) FIRST_CHAR[first] = OPENINGS.push([]);
    OPENINGS[FIRST_CHAR[first] - 1].push({ second: opening.charCodeAt(1), phrase });
  }
}

/** Clause punctuation: a number never takes a phrase from across one (domain §5.1 rule 3). */
const BOUNDARY = codeSet('，,。；;：:（()）');

function leadStart(s: Sentence, token: NumberToken, prev: NumberToken | undefined): number {
  let i = token.index;
  const floor = prev ? prev.index + (prev.fullRange.end - prev.fullRange.start) : 0;
  while (i > floor && BOUNDARY[s.text.charCodeAt(i - 1)] === 0) i--;
  return i;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** The last group ending at or before `offset`; `groups` is sorted by end. Binary search. */
function lastGroupBefore(groups: readonly GroupAt[], offset: number): GroupAt | undefined {
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? groups[lo - 1] : undefined;
}

/**
 * Where each phrase's last match ended, valid only for the lead whose number `matchedIn` holds: shared by
 * every lead, so reading one allocates nothing for it. Leads are numbered in doubles, which do not wrap.
 */
const matchEnds = new Int32Array(LEAD_PHRASES.length);
const matchedIn = new Float64Array(LEAD_PHRASES.length);
let leadNumber = 0;

/**
 * Every phrase in the lead of a number (the clause text [from, to) before it), near or not, in the order
 * of where they start. A phrase is tried with its sticky pattern only where one of its openings stands
 * and after the end of its previous match, which finds exactly the matches of a global scan of the
 * lead: no phrase can match a digit, so none runs past `to`, where the number's digits start.
 */
function candidates(s: Sentence, from: number, to: number, families: number, groups: () => readonly GroupAt[]): Candidate[] {
  const text = s.text;
  const out: Candidate[] = [];
  const lead = ++leadNumber;
  for (let at = from; at < to; at++) {
    const list = FIRST_CHAR[text.charCodeAt(at)];
    if (list === 0) continue;
    const second = text.charCodeAt(at + 1);
    for (const { second: wanted, phrase: p } of OPENINGS[list - 1]) {
      if (second !== wanted || (p.family & families) === 0 || (matchedIn[p.id] === lead && at < matchEnds[p.id])) continue;
      p.sticky.lastIndex = at;
      if (!p.sticky.test(text)) continue;
      const end = p.sticky.lastIndex;
      matchEnds[p.id] = end;
      matchedIn[p.id] = lead;
      const near = to - end <= MAX_GAP && !hasDigit(text, end, to);
      if (p.meaning.kind === 'key') {
        out.push({ key: p.meaning.key, alternatives: p.meaning.alternatives, start: at, end, near });
        continue;
      }
      // An outcome belongs to the last group named before it in the sentence; without one it is no outcome.
      const group = lastGroupBefore(groups(), at);
      if (group) out.push({ key: appealKey(group.group, p.meaning.outcome), start: at, end, near });
    }
  }
  return out;
}

/** Length of the conjunction ending at `at` but not before `from`: 以及, else one of 、和及与或, else 0. */
function conjunctionBefore(text: string, from: number, at: number): number {
  if (at - CONJUNCTION_PAIR.length >= from && text.startsWith(CONJUNCTION_PAIR, at - CONJUNCTION_PAIR.length)) return CONJUNCTION_PAIR.length;
  return at > from && CONJUNCTIONS.includes(text.charAt(at - 1)) ? 1 : 0;
}

const TRAILING_START = new Set(mapped([...TRAILING_STARTS], (c) => c.charCodeAt(0)));

/** A keyword right after the number ("44件依法依规进行答复"), tried in order. */
function trailingKeyword(s: Sentence, token: NumberToken): Binding | undefined {
  const after = token.index + (token.fullRange.end - token.fullRange.start);
  if (!TRAILING_START.has(s.text.charCodeAt(after))) return undefined;
  for (const k of TRAILING_KEYWORDS) {
    k.re.lastIndex = after;
    if (k.re.test(s.text)) return { key: k.key, alternatives: k.alternatives, start: after, end: k.re.lastIndex };
  }
  return undefined;
}

/**
 * Ties a count to the phrase it restates, or to nothing. The nearest phrase before the number wins and,
 * at equal distance, the longest ("直接被提起行政诉讼" over "行政诉讼", "予以公开及部分公开" over "部分公开").
 * A phrase joined to another by 、/和/及 makes the number a combined total that no single cell holds.
 * `groups` gives the 复议/诉讼 groups of the sentence, sorted by end; it is asked only when an outcome is read.
 */
export function bindCount(
  s: Sentence,
  token: NumberToken,
  prev: NumberToken | undefined,
  families: readonly Family[],
  groups: () => readonly GroupAt[],
): Binding | undefined {
  const from = leadStart(s, token, prev);
  const all = candidates(s, from, token.index, familyBits(families), groups);
  let best: Candidate | undefined;
  for (const c of all) {
    if (!c.near) continue;
    if (!best || c.end > best.end || (c.end === best.end && c.end - c.start > best.end - best.start)) best = c;
  }
  if (best) {
    const start = best.start - conjunctionBefore(s.text, from, best.start);
    if (start < best.start && all.some((c) => c !== best && c.key !== best!.key && c.end === start)) return undefined;
    return best;
  }
  return families.includes('requests') ? trailingKeyword(s, token) : undefined;
}
