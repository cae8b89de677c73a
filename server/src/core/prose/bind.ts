import { CONJUNCTION_BEFORE, Family, GROUP_KEYWORDS, MAX_GAP, OUTCOME_KEYWORDS, REQUEST_KEYWORDS, TRAILING_KEYWORDS } from './phrases';
import { AppealGroup, QuantityKey } from './quantities';
import { Sentence } from './sentences';
import { NumberToken } from './tokens';

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

/** Clause punctuation: a number never takes a phrase from across one (domain §5.1 rule 3). */
const BOUNDARY = /[，,。；;：:（()）]/;

function leadStart(s: Sentence, token: NumberToken, prev: NumberToken | undefined): number {
  let i = token.index;
  const floor = prev ? prev.index + (prev.fullRange.end - prev.fullRange.start) : 0;
  while (i > floor && !BOUNDARY.test(s.text[i - 1])) i--;
  return i;
}

function trailEnd(s: Sentence, from: number, next: NumberToken | undefined): number {
  const ceiling = next ? next.index : s.text.length;
  let i = from;
  while (i < ceiling && !BOUNDARY.test(s.text[i])) i++;
  return i;
}

function scan(re: RegExp, text: string, offset: number, push: (start: number, end: number) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    push(offset + m.index, offset + m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
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

/** Every phrase in the lead of a number (the clause text before it), near or not. */
function candidates(s: Sentence, from: number, to: number, families: readonly Family[], groups: readonly GroupAt[]): Candidate[] {
  const lead = s.text.slice(from, to);
  const out: Candidate[] = [];
  const add = (key: QuantityKey, start: number, end: number, alternatives?: readonly QuantityKey[]) => {
    const gap = s.text.slice(end, to);
    out.push({ key, alternatives, start, end, near: gap.length <= MAX_GAP && !/\d/.test(gap) });
  };
  for (const k of REQUEST_KEYWORDS) if (families.includes(k.family)) scan(k.re, lead, from, (a, b) => add(k.key, a, b, k.alternatives));
  if (families.includes('appeals')) {
    for (const g of GROUP_KEYWORDS) scan(g.re, lead, from, (a, b) => add(`${g.group}.total`, a, b));
    for (const o of OUTCOME_KEYWORDS) {
      scan(o.re, lead, from, (a, b) => {
        // An outcome belongs to the last group named before it in the sentence; without one it is no outcome.
        const group = lastGroupBefore(groups, a);
        if (group) add(`${group.group}.${o.outcome}`, a, b);
      });
    }
  }
  return out;
}

/**
 * Ties a count to the phrase it restates, or to nothing. The nearest phrase before the number wins and,
 * at equal distance, the longest ("直接被提起行政诉讼" over "行政诉讼", "予以公开及部分公开" over "部分公开").
 * A phrase joined to another by 、/和/及 makes the number a combined total that no single cell holds.
 */
export function bindCount(
  s: Sentence,
  token: NumberToken,
  prev: NumberToken | undefined,
  next: NumberToken | undefined,
  families: readonly Family[],
  groups: readonly GroupAt[],
): Binding | undefined {
  const from = leadStart(s, token, prev);
  const all = candidates(s, from, token.index, families, groups);
  let best: Candidate | undefined;
  for (const c of all) {
    if (!c.near) continue;
    if (!best || c.end > best.end || (c.end === best.end && c.end - c.start > best.end - best.start)) best = c;
  }
  if (best) {
    const before = s.text.slice(from, best.start);
    const conj = CONJUNCTION_BEFORE.exec(before);
    if (conj && all.some((c) => c !== best && c.key !== best!.key && c.end === best!.start - conj[0].length)) return undefined;
    return best;
  }
  if (!families.includes('requests')) return undefined;
  const after = token.index + (token.fullRange.end - token.fullRange.start);
  const trail = s.text.slice(after, trailEnd(s, after, next));
  for (const k of TRAILING_KEYWORDS) {
    const m = k.re.exec(trail);
    if (m) return { key: k.key, alternatives: k.alternatives, start: after + m.index, end: after + m.index + m[0].length };
  }
  return undefined;
}
