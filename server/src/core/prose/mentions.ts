import { perModel } from '../model/memo';
import { ReportModel } from '../model/types';
import { TextRange } from '../text/range';
import { Binding, bindCount, GroupAt } from './bind';
import { Claim, CLAIMS, ClaimKey, Family, GROUP_KEYWORDS } from './phrases';
import { AppealGroup, appealKey, Quantities, quantitiesOf, Quantity, QuantityCell, QuantityKey } from './quantities';
import { forProseLinesHolding } from './line-search';
import { quantityLines } from './quantity-lines';
import { lineSentences, Sentence, sentenceAt } from './sentences';
import { countsRequests, familiesOf } from './scope';
import { NumberToken, readTokens } from './tokens';
import { mapped } from '../arrays';

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

// Both are tried sticky at the end of the count before a number and must reach that number: neither can
// match a digit, so "followed by a digit" is "up to the number's digits", without slicing the text between.
const SHARE_LEAD = /[，,]?\s*[（(]?(?:占|占比|所占比例|比例)[^，,。；;\d]{0,8}?(?:为|是|达)?(?=\d)/y;
const YOY = /[，,]?\s*(?:较上年|比上年|与上年相比)?[，,]?同比(增长|上升|增加|提高|提升|下降|减少|降低|下滑|回落)了?(?=\d)/y;
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

/** The 表四 cells each "no appeals" claim says are 0: every outcome and total of its groups. */
const CLAIMED_ZERO: Readonly<Record<Exclude<ClaimKey, 'allNaturalPerson'>, readonly QuantityKey[]>> = {
  noReview: zeroKeys(['review']),
  noLitigation: zeroKeys(['litigationDirect', 'litigationPostReview']),
  noAppeals: zeroKeys(['review', 'litigationDirect', 'litigationPostReview']),
};

function zeroKeys(groups: readonly AppealGroup[]): QuantityKey[] {
  return groups.flatMap((g) => mapped(OUTCOMES, (o) => appealKey(g, o)));
}

function claimQuantities(quantities: Quantities, key: ClaimKey): Quantity[] {
  if (key === 'allNaturalPerson') return [quantities.get('received', 'naturalPerson'), quantities.get('received')];
  return mapped(CLAIMED_ZERO[key], (k) => quantities.get(k));
}

/**
 * The words the claims require, less those that hold another (行政诉讼 holds 诉讼): a paragraph without
 * any of them holds no claim, which rules out every claim in most paragraphs.
 */
const CLAIM_WORDS = mapped(CLAIMS, (c) => c.required).filter((w, _, all) => !all.some((o) => o !== w && w.includes(o)));

/** A prose line worth reading, and whether it holds a claim word (otherwise it is read for its numbers only). */
interface LineToRead {
  readonly line: number;
  readonly claimWords: boolean;
}

/**
 * The prose lines worth reading, in order. Tokens are numbers with a unit, so they stand only in the lines
 * that may hold a quantity; claims only in the lines that hold their words, looked for in the whole text.
 * Most lines hold neither, and are never split into sentences.
 */
function linesToRead(model: ReportModel): readonly LineToRead[] {
  const claimLines = new Set<number>();
  for (const word of CLAIM_WORDS) forProseLinesHolding(model, word, (line) => claimLines.add(line.number));
  // Each claim line that also holds numbers is taken out of the set as it is listed: the rest are added after.
  const out = mapped(quantityLines(model), (line) => ({ line: line.number, claimWords: claimLines.delete(line.number) }));
  if (claimLines.size === 0) return out;
  for (const line of claimLines) out.push({ line, claimWords: true });
  return out.sort((a, b) => a.line - b.line);
}

/** The claims of most paragraphs and the alternatives of most counts: one empty list for each. */
const NO_CLAIMS: readonly Claim[] = [];
const NO_QUANTITIES: readonly Quantity[] = [];

/**
 * A paragraph (one line) of the prose: its sentences share their part and section, so the families are
 * read once, from its first sentence, and only when a sentence has something to read.
 */
class Paragraph {
  private families: readonly Family[] | undefined;
  private claims: readonly Claim[] | undefined;

  constructor(
    private readonly model: ReportModel,
    private readonly first: Sentence,
    /** whether the line holds one of CLAIM_WORDS */
    private readonly claimWords: boolean,
  ) {}

  familiesOf(): readonly Family[] {
    return (this.families ??= familiesOf(this.model, this.first));
  }

  claimsOf(): readonly Claim[] {
    if (!this.claims) {
      const text = this.model.lines.lines[this.first.line].text;
      this.claims = this.claimWords ? CLAIMS.filter((c) => text.includes(c.required) && this.familiesOf().includes(c.family)) : NO_CLAIMS;
    }
    return this.claims;
  }
}

/** The mentions of the document, filled sentence by sentence. */
class Extraction implements ProseMentions {
  readonly counts: CountMention[] = [];
  readonly claims: ClaimMention[] = [];
  readonly shares: ShareMention[] = [];
  readonly yoy: YoyMention[] = [];
  private readonly quantities: Quantities;

  constructor(private readonly model: ReportModel) {
    this.quantities = quantitiesOf(model);
  }

  /**
   * Counts tied to the tables, and the shares and 同比 figures right after a count. `periods`: the
   * period-level sentences of the line, where a share finds its enumeration.
   */
  readNumbers(s: Sentence, tokens: readonly NumberToken[], families: readonly Family[], periods: readonly Sentence[]): void {
    let groups: readonly GroupAt[] | undefined;
    const groupsOfSentence = () => (groups ??= groupsIn(s));
    let prevMention: CountMention | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const prev = i > 0 ? tokens[i - 1] : undefined;
      const numerator = prevMention;
      prevMention = undefined;
      if (token.kind === 'count') {
        const bound = families.length && countsRequests(s, token) ? bindCount(s, token, prev, families, groupsOfSentence) : undefined;
        if (bound) this.counts.push((prevMention = this.countMention(s, token, bound)));
        continue;
      }
      if (!prev || prev.kind !== 'count') continue;
      const between = prev.index + (prev.fullRange.end - prev.fullRange.start);
      if (numerator && followsUpTo(SHARE_LEAD, s.text, between, token.index)) {
        const period = sentenceAt(periods, token.range.start) ?? s;
        this.shares.push({ kind: 'share', token, range: token.range, numerator, period });
        continue;
      }
      YOY.lastIndex = between;
      const y = YOY.exec(s.text);
      if (y && YOY.lastIndex === token.index) {
        this.yoy.push({ kind: 'yoy', token, range: token.range, direction: UP.test(y[1]) ? 'up' : 'down', word: y[1], count: prev, countMention: numerator });
      }
    }
  }

  readClaims(s: Sentence, claims: readonly Claim[]): void {
    for (const claim of claims) {
      // The line holds the word every match holds; most of its sentences do not.
      if (!s.text.includes(claim.required)) continue;
      claim.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = claim.re.exec(s.text)) !== null) {
        const range = { start: s.range.start + m.index, end: s.range.start + m.index + m[0].length };
        this.claims.push({ kind: 'claim', key: claim.key, range, sentence: s, quantities: claimQuantities(this.quantities, claim.key) });
      }
    }
  }

  private countMention(s: Sentence, token: NumberToken, bound: Binding): CountMention {
    return {
      kind: 'count',
      token,
      range: token.range,
      value: token.value,
      phraseRange: { start: s.range.start + bound.start, end: s.range.start + bound.end },
      sentence: s,
      quantity: this.quantities.get(bound.key),
      alternatives: bound.alternatives ? mapped(bound.alternatives, (key) => this.quantities.get(key)) : NO_QUANTITIES,
    };
  }
}

/** Whether the sticky pattern matches from `from` and ends exactly at `to`. */
function followsUpTo(re: RegExp, text: string, from: number, to: number): boolean {
  re.lastIndex = from;
  return re.test(text) && re.lastIndex === to;
}

function extract(model: ReportModel): ProseMentions {
  const found = new Extraction(model);
  for (const { line, claimWords } of linesToRead(model)) {
    const { semicolon, period } = lineSentences(model, line);
    if (semicolon.length === 0) continue;
    const paragraph = new Paragraph(model, semicolon[0], claimWords);
    for (const s of semicolon) {
      const tokens = readTokens(s);
      if (tokens.length) found.readNumbers(s, tokens, paragraph.familiesOf(), period);
      const claims = paragraph.claimsOf();
      if (claims.length) found.readClaims(s, claims);
    }
  }
  return { counts: found.counts, claims: found.claims, shares: found.shares, yoy: found.yoy };
}

/**
 * Every prose number the model ties to the tables: counts restating cells or subtotals, claims, shares
 * and 同比 figures. Computed once per model; rules, hover and the cross-year checks read the same result.
 */
export const extractMentions: (model: ReportModel) => ProseMentions = perModel(extract);

export type Mention = CountMention | ClaimMention | ShareMention | YoyMention;

/** The mention whose number (or claim phrase) holds `offset`, end inclusive. */
export function mentionAt(model: ReportModel, offset: number): Mention | undefined {
  const m = extractMentions(model);
  const all: Mention[] = [...m.shares, ...m.yoy, ...m.counts, ...m.claims];
  return all.find((x) => x.range.start <= offset && offset <= x.range.end);
}

export type { QuantityCell };
