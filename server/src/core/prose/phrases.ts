import { AppealGroup, AppealOutcome, QuantityKey } from './quantities';

/**
 * The phrase patterns of domain §5.1 as keywords. A number is tied to the keyword nearest before it in
 * its clause (or, for a few phrasings, right after it: "44件依法依规进行答复"), so "行政复议…134件…行政诉讼…57件"
 * binds each number to its own phrase. All patterns are bounded; none can backtrack beyond a few dozen steps.
 */
export type Family = 'requests' | 'appeals' | 'active';

export interface Keyword {
  readonly key: QuantityKey;
  readonly family: Family;
  readonly re: RegExp;
  /**
   * The two characters every match of `re` begins with, one pair of these. The lead of a number is scanned
   * once, and a pattern is tried only where one of its openings stands ("工作" is not tried for 作出答复),
   * instead of scanning the lead once per pattern.
   */
  readonly openings: readonly string[];
  /** other readings the report may legitimately mean (收到申请 = 新收, or 新收 + 上年结转) */
  readonly alternatives?: readonly QuantityKey[];
}

/** No clause punctuation and no digits inside a keyword's own gap. */
const G = '[^，,。；;：:、\\d]';

export const REQUEST_KEYWORDS: readonly Keyword[] = [
  { key: 'received', family: 'requests', re: new RegExp(`(?:收到|新收)${G}{0,12}?申请`, 'g'), openings: ['收到', '新收'], alternatives: ['receivedWithCarried'] },
  { key: 'carriedOver', family: 'requests', re: /上一?年度?结转(?:的)?(?:申请)?/g, openings: ['上一', '上年'] },
  { key: 'answered', family: 'requests', re: new RegExp(`(?:作出|予以)?(?:答复|办结)(?:${G}{0,10}?申请)?`, 'g'), openings: ['作出', '予以', '答复', '办结'] },
  { key: 'granted', family: 'requests', re: /予以公开/g, openings: ['予以'] },
  { key: 'partialGrant', family: 'requests', re: /部分公开/g, openings: ['部分'] },
  { key: 'grantedOrPartial', family: 'requests', re: /予以公开(?:和|及|与|、|以及)部分公开/g, openings: ['予以'] },
  { key: 'denied', family: 'requests', re: /不予以?公开/g, openings: ['不予'] },
  { key: 'unable', family: 'requests', re: /无法提供/g, openings: ['无法'] },
  { key: 'notProcessed', family: 'requests', re: /不予处理/g, openings: ['不予'] },
  { key: 'other', family: 'requests', re: /其他处理/g, openings: ['其他'] },
  { key: 'carriedForward', family: 'requests', re: /(?:结转|转入)(?:到|至)?下一?年度?(?:继续办理)?/g, openings: ['结转', '转入'] },
  { key: 'normativeValid', family: 'active', re: new RegExp(`规范性文件${G}{0,6}?现行有效|现行有效的?(?:行政)?规范性文件`, 'g'), openings: ['规范', '现行'] },
];

/**
 * Phrasings where the keyword follows the number: sticky, tried right after the unit. No pattern can match a
 * digit or clause punctuation, so a match never runs past the clause or into the next number.
 */
export const TRAILING_KEYWORDS: readonly Omit<Keyword, 'openings'>[] = [
  { key: 'answered', family: 'requests', re: /(?:已|均)?(?:依法依规|依法)?(?:进行|作出|予以)?了?(?:答复|办结)/y },
  { key: 'carriedForward', family: 'requests', re: /(?:结转|转入)(?:到|至)?下一?年/y },
  { key: 'granted', family: 'requests', re: /予以公开/y },
  { key: 'partialGrant', family: 'requests', re: /部分公开/y },
  { key: 'denied', family: 'requests', re: /不予以?公开/y },
  { key: 'unable', family: 'requests', re: /无法提供/y },
  { key: 'notProcessed', family: 'requests', re: /不予处理/y },
];

/** Every character a trailing keyword can begin with: right after most numbers stands none of them. */
export const TRAILING_STARTS = '已均依进作予了答办结转部不无';

/** 复议/诉讼 groups: a number right after one is the group's total; the outcomes after it bind to it. */
export const GROUP_KEYWORDS: readonly { readonly group: AppealGroup; readonly re: RegExp; readonly openings: readonly string[] }[] = [
  { group: 'litigationPostReview', re: /复议后被?(?:提起|提出)?(?:行政)?(?:诉讼|起诉)/g, openings: ['复议'] },
  { group: 'litigationDirect', re: /(?:未经复议)?直接被?(?:提起|提出)?(?:行政)?(?:诉讼|起诉)/g, openings: ['未经', '直接'] },
  { group: 'litigation', re: /行政诉讼|行政应诉|被?提起诉讼/g, openings: ['行政', '被提', '提起'] },
  { group: 'review', re: /行政复议|复议案件/g, openings: ['行政', '复议'] },
];

/** 维持/纠正/其他/未审结: meaningful only after a group in the same sentence (domain §5.1 rule 2). */
export const OUTCOME_KEYWORDS: readonly { readonly outcome: AppealOutcome; readonly re: RegExp; readonly openings: readonly string[] }[] = [
  { outcome: 'maintain', re: /(?:结果)?维持(?:原(?:行政行为|决定))?/g, openings: ['结果', '维持'] },
  { outcome: 'correct', re: /(?:结果)?纠正/g, openings: ['结果', '纠正'] },
  { outcome: 'other', re: /其他(?:结果)?/g, openings: ['其他'] },
  { outcome: 'unfinished', re: /(?:尚)?未审结|尚在审理(?:中)?|审理中/g, openings: ['尚未', '未审', '尚在', '审理'] },
];

/** Statements without a number that still pin table cells. */
export type ClaimKey = 'allNaturalPerson' | 'noAppeals' | 'noReview' | 'noLitigation';

/** 未 that negates: not 未经 (未经复议直接起诉) and not 未审结/未结. */
const NOT = '(?:未(?!经|审|结)|没有)';

export interface Claim {
  readonly key: ClaimKey;
  readonly family: Family;
  readonly re: RegExp;
  /** a word every match contains: a paragraph without it is not scanned for the claim */
  readonly required: string;
}

export const CLAIMS: readonly Claim[] = [
  { key: 'allNaturalPerson', family: 'requests', re: /(?:均|全部|全)(?:为|是|系)自然人/g, required: '自然人' },
  {
    key: 'noAppeals',
    family: 'appeals',
    re: new RegExp(`${NOT}${G}{0,14}?(?:行政)?复议(?:[、和及与或]|以及)(?:被)?(?:提起|发生)?(?:行政)?诉讼`, 'g'),
    required: '诉讼',
  },
  { key: 'noReview', family: 'appeals', re: new RegExp(`${NOT}${G}{0,14}?(?:被申请|申请|发生|提起)行政复议(?![、和及与或]|以及)`, 'g'), required: '行政复议' },
  { key: 'noLitigation', family: 'appeals', re: new RegExp(`${NOT}${G}{0,14}?(?:被提起|提起|发生)行政诉讼`, 'g'), required: '行政诉讼' },
];

/** Parts each family is read in (domain §5.1: 一 and 三 for requests, 一 and 四 for appeals, XP-3 for 二). */
export const FAMILY_PARTS: Readonly<Record<Family, readonly number[]>> = {
  requests: [1, 3],
  appeals: [1, 4],
  active: [1, 2],
};

/** Before a keyword: the conjunctions that make a number a combined total ("行政复议、行政诉讼共134件"). */
export const CONJUNCTIONS = '、和及与或';
/** the one two-character conjunction, read before the single ones (as the pattern `(?:[、和及与或]|以及)$` would) */
export const CONJUNCTION_PAIR = '以及';

/** Keyword and number may be apart by a few characters ("行政复议案件共6件", "申请件49件"), never more. */
export const MAX_GAP = 6;
