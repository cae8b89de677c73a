import { ReportModel } from '../model/types';
import { TextRange } from '../text/range';
import { bindCount, GroupAt } from './bind';
import { CLAIMS, ClaimKey, Family, GROUP_KEYWORDS } from './phrases';
import { AppealGroup, Quantity, QuantityCell, resolveQuantity } from './quantities';
import { proseSentences, Sentence, sentenceAt } from './sentences';
import { countsRequests, inFamily } from './scope';
import { NumberToken, readTokens } from './tokens';

/** A number of the prose that restates a table figure (domain §5.1). */
export interface CountMention {
  readonly kind: 'count';
  readonly token: NumberToken;
  /** the digits: where a finding points and what a fix replaces */
  readonly range: TextRange;
  readonly value: number;
  /** the phrase that ties the number to the table ("予以公开", "被提起行政复议案件共") */
  readonly phraseRange: TextRange;
  readonly sentence: Sentence;
  /** the reading the domain expects; a fix restores this one */
  readonly quantity: Quantity;
  /** further readings that are accepted as well (收到申请 = 新收 + 上年结转, domain §5.1) */
  readonly alternatives: readonly Quantity[];
}

/** A statement without a number that pins cells: "均为自然人申请", "未被申请行政复议、提起行政诉讼". */
export interface ClaimMention {
  readonly kind: 'claim';
  readonly key: ClaimKey;
  readonly range: TextRange;
  readonly sentence: Sentence;
  /** allNaturalPerson: the 自然人 and 总计 cells of 本年新收; the others: every cell that must be 0 */
  readonly quantities: readonly Quantity[];
}

/** "予以公开63件，占54.3%": a share of a count mention. */
export interface ShareMention {
  readonly kind: 'share';
  readonly token: NumberToken;
  readonly range: TextRange;
  readonly numerator: CountMention;
  /** the period-level sentence: shares of one enumeration are checked together (domain §5.2) */
  readonly period: Sentence;
}

/** "共收到…12件，同比下降55.55%" */
export interface YoyMention {
  readonly kind: 'yoy';
  readonly token: NumberToken;
  readonly range: TextRange;
  readonly direction: 'up' | 'down';
  readonly word: string;
  /** the count the change is about */
  readonly count: NumberToken;
  /** set when that count is itself tied to the table (收到申请) */
  readonly countMention: CountMention | undefined;
}

export interface ProseMentions {
  readonly counts: readonly CountMention[];
  readonly claims: readonly ClaimMention[];
  readonly shares: readonly ShareMention[];
  readonly yoy: readonly YoyMention[];
}

const SHARE_LEAD = /^[，,]?\s*[（(]?(?:占|占比|所占比例|比例)[^，,。；;\d]{0,8}?(?:为|是|达)?$/;
const YOY = /^[，,]?\s*(?:较上年|比上年|与上年相比)?[，,]?同比(增长|上升|增加|提高|提升|下降|减少|降低|下滑|回落)了?$/;
const UP = /增长|上升|增加|提高|提升/;
const OUTCOMES = ['maintain', 'correct', 'other', 'unfinished', 'total'] as const;

/** Where each 复议/诉讼 group is named in the sentence, in order: outcomes bind to the last one before them. */
function groupsIn(s: Sentence): GroupAt[] {
  const found: GroupAt[] = [];
  for (const { group, re } of GROUP_KEYWORDS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) found.push({ group, start: m.index, end: m.index + m[0].length });
  }
  // The longest group named at a place wins ("直接被提起行政诉讼" over the "行政诉讼" inside it): in order of
  // start, a match is kept only when it reaches past every match kept before it. One sort, one pass.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GroupAt[] = [];
  let reach = -1;
  for (const g of found) {
    if (g.end <= reach) continue;
    kept.push(g);
    reach = g.end;
  }
  return kept.sort((a, b) => a.end - b.end);
}

function claimQuantities(model: ReportModel, key: ClaimKey): Quantity[] {
  if (key === 'allNaturalPerson') return [resolveQuantity(model, 'received', 'naturalPerson'), resolveQuantity(model, 'received')];
  const groups: AppealGroup[] = key === 'noReview' ? ['review'] : key === 'noLitigation' ? ['litigationDirect', 'litigationPostReview'] : ['review', 'litigationDirect', 'litigationPostReview'];
  return groups.flatMap((g) => OUTCOMES.map((o) => resolveQuantity(model, `${g}.${o}`)));
}

function extract(model: ReportModel): ProseMentions {
  const counts: CountMention[] = [];
  const claims: ClaimMention[] = [];
  const shares: ShareMention[] = [];
  const yoy: YoyMention[] = [];
  const periods = proseSentences(model, 'period');
  const quantities = new Map<string, Quantity>();
  const quantity = (key: Parameters<typeof resolveQuantity>[1]) => {
    if (!quantities.has(key)) quantities.set(key, resolveQuantity(model, key));
    return quantities.get(key)!;
  };
  // A paragraph is one line: its sentences share their part and section.
  const familiesByLine = new Map<number, Family[]>();
  for (const s of proseSentences(model)) {
    let families = familiesByLine.get(s.line);
    if (!families) familiesByLine.set(s.line, (families = (['requests', 'appeals', 'active'] as const).filter((f) => inFamily(model, f, s))));
    const tokens = readTokens(s);
    const groups = families.includes('appeals') ? groupsIn(s) : [];
    const bySentence = new Map<NumberToken, CountMention>();
    tokens.forEach((token, i) => {
      const prev = i > 0 ? tokens[i - 1] : undefined;
      if (token.kind === 'count') {
        const bound = families.length && countsRequests(s, token) ? bindCount(s, token, prev, tokens[i + 1], families, groups) : undefined;
        if (!bound) return;
        const mention: CountMention = {
          kind: 'count',
          token,
          range: token.range,
          value: token.value,
          phraseRange: { start: s.range.start + bound.start, end: s.range.start + bound.end },
          sentence: s,
          quantity: quantity(bound.key),
          alternatives: (bound.alternatives ?? []).map(quantity),
        };
        counts.push(mention);
        bySentence.set(token, mention);
        return;
      }
      if (!prev || prev.kind !== 'count') return;
      const between = s.text.slice(prev.index + (prev.fullRange.end - prev.fullRange.start), token.index);
      const numerator = bySentence.get(prev);
      if (numerator && SHARE_LEAD.test(between)) {
        shares.push({ kind: 'share', token, range: token.range, numerator, period: sentenceAt(periods, token.range.start) ?? s });
        return;
      }
      const y = YOY.exec(between);
      if (y) yoy.push({ kind: 'yoy', token, range: token.range, direction: UP.test(y[1]) ? 'up' : 'down', word: y[1], count: prev, countMention: numerator });
    });
    for (const claim of CLAIMS) {
      if (!families.includes(claim.family)) continue;
      claim.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = claim.re.exec(s.text)) !== null) {
        const range = { start: s.range.start + m.index, end: s.range.start + m.index + m[0].length };
        claims.push({ kind: 'claim', key: claim.key, range, sentence: s, quantities: claimQuantities(model, claim.key) });
      }
    }
  }
  return { counts, claims, shares, yoy };
}

const cache = new WeakMap<ReportModel, ProseMentions>();

/**
 * Every prose number the model ties to the tables: counts restating cells or subtotals, claims, shares
 * and 同比 figures. Computed once per model; rules, hover and the cross-year checks read the same result.
 */
export function extractMentions(model: ReportModel): ProseMentions {
  let found = cache.get(model);
  if (!found) cache.set(model, (found = extract(model)));
  return found;
}

export type Mention = CountMention | ClaimMention | ShareMention | YoyMention;

/** The mention whose number (or claim phrase) holds `offset`, end inclusive. */
export function mentionAt(model: ReportModel, offset: number): Mention | undefined {
  const m = extractMentions(model);
  const all: Mention[] = [...m.shares, ...m.yoy, ...m.counts, ...m.claims];
  return all.find((x) => x.range.start <= offset && offset <= x.range.end);
}

export type { QuantityCell };
