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
  /** other readings the report may legitimately mean (收到申请 = 新收, or 新收 + 上年结转) */
  readonly alternatives?: readonly QuantityKey[];
}

/** No clause punctuation and no digits inside a keyword's own gap. */
const G = '[^，,。；;：:、\\d]';

export const REQUEST_KEYWORDS: readonly Keyword[] = [
  { key: 'received', family: 'requests', re: new RegExp(`(?:收到|新收)${G}{0,12}?申请`, 'g'), alternatives: ['receivedWithCarried'] },
  { key: 'carriedOver', family: 'requests', re: /上一?年度?结转(?:的)?(?:申请)?/g },
  { key: 'answered', family: 'requests', re: new RegExp(`(?:作出|予以)?(?:答复|办结)(?:${G}{0,10}?申请)?`, 'g') },
  { key: 'granted', family: 'requests', re: /予以公开/g },
  { key: 'partialGrant', family: 'requests', re: /部分公开/g },
  { key: 'grantedOrPartial', family: 'requests', re: /予以公开(?:和|及|与|、|以及)部分公开/g },
  { key: 'denied', family: 'requests', re: /不予以?公开/g },
  { key: 'unable', family: 'requests', re: /无法提供/g },
  { key: 'notProcessed', family: 'requests', re: /不予处理/g },
  { key: 'other', family: 'requests', re: /其他处理/g },
  { key: 'carriedForward', family: 'requests', re: /(?:结转|转入)(?:到|至)?下一?年度?(?:继续办理)?/g },
  { key: 'normativeValid', family: 'active', re: new RegExp(`规范性文件${G}{0,6}?现行有效|现行有效的?(?:行政)?规范性文件`, 'g') },
];

/** Phrasings where the keyword follows the number; anchored at the text right after the unit. */
export const TRAILING_KEYWORDS: readonly Keyword[] = [
  { key: 'answered', family: 'requests', re: /^(?:已|均)?(?:依法依规|依法)?(?:进行|作出|予以)?了?(?:答复|办结)/ },
  { key: 'carriedForward', family: 'requests', re: /^(?:结转|转入)(?:到|至)?下一?年/ },
  { key: 'granted', family: 'requests', re: /^予以公开/ },
  { key: 'partialGrant', family: 'requests', re: /^部分公开/ },
  { key: 'denied', family: 'requests', re: /^不予以?公开/ },
  { key: 'unable', family: 'requests', re: /^无法提供/ },
  { key: 'notProcessed', family: 'requests', re: /^不予处理/ },
];

/** 复议/诉讼 groups: a number right after one is the group's total; the outcomes after it bind to it. */
export const GROUP_KEYWORDS: readonly { readonly group: AppealGroup; readonly re: RegExp }[] = [
  { group: 'litigationPostReview', re: /复议后被?(?:提起|提出)?(?:行政)?(?:诉讼|起诉)/g },
  { group: 'litigationDirect', re: /(?:未经复议)?直接被?(?:提起|提出)?(?:行政)?(?:诉讼|起诉)/g },
  { group: 'litigation', re: /行政诉讼|行政应诉|被?提起诉讼/g },
  { group: 'review', re: /行政复议|复议案件/g },
];

/** 维持/纠正/其他/未审结: meaningful only after a group in the same sentence (domain §5.1 rule 2). */
export const OUTCOME_KEYWORDS: readonly { readonly outcome: AppealOutcome; readonly re: RegExp }[] = [
  { outcome: 'maintain', re: /(?:结果)?维持(?:原(?:行政行为|决定))?/g },
  { outcome: 'correct', re: /(?:结果)?纠正/g },
  { outcome: 'other', re: /其他(?:结果)?/g },
  { outcome: 'unfinished', re: /(?:尚)?未审结|尚在审理(?:中)?|审理中/g },
];

/** Statements without a number that still pin table cells. */
export type ClaimKey = 'allNaturalPerson' | 'noAppeals' | 'noReview' | 'noLitigation';

/** 未 that negates: not 未经 (未经复议直接起诉) and not 未审结/未结. */
const NOT = '(?:未(?!经|审|结)|没有)';

export const CLAIMS: readonly { readonly key: ClaimKey; readonly family: Family; readonly re: RegExp }[] = [
  { key: 'allNaturalPerson', family: 'requests', re: /(?:均|全部|全)(?:为|是|系)自然人/g },
  {
    key: 'noAppeals',
    family: 'appeals',
    re: new RegExp(`${NOT}${G}{0,14}?(?:行政)?复议(?:[、和及与或]|以及)(?:被)?(?:提起|发生)?(?:行政)?诉讼`, 'g'),
  },
  { key: 'noReview', family: 'appeals', re: new RegExp(`${NOT}${G}{0,14}?(?:被申请|申请|发生|提起)行政复议(?![、和及与或]|以及)`, 'g') },
  { key: 'noLitigation', family: 'appeals', re: new RegExp(`${NOT}${G}{0,14}?(?:被提起|提起|发生)行政诉讼`, 'g') },
];

/** Parts each family is read in (domain §5.1: 一 and 三 for requests, 一 and 四 for appeals, XP-3 for 二). */
export const FAMILY_PARTS: Readonly<Record<Family, readonly number[]>> = {
  requests: [1, 3],
  appeals: [1, 4],
  active: [1, 2],
};

/** Before a keyword: the conjunctions that make a number a combined total ("行政复议、行政诉讼共134件"). */
export const CONJUNCTION_BEFORE = /(?:[、和及与或]|以及)$/;

/** Keyword and number may be apart by a few characters ("行政复议案件共6件", "申请件49件"), never more. */
export const MAX_GAP = 6;
