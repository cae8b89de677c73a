import { strict as assert } from 'assert';
import fc from 'fast-check';
import { ReportModel } from '../../../server/src/core/model/types';
import { extractMentions } from '../../../server/src/core/prose/mentions';
import { CLAIMS, Family, GROUP_KEYWORDS, MAX_GAP, OUTCOME_KEYWORDS, REQUEST_KEYWORDS } from '../../../server/src/core/prose/phrases';
import { AppealGroup, QuantityKey, resolveQuantity } from '../../../server/src/core/prose/quantities';
import { countsRequests, familiesOf } from '../../../server/src/core/prose/scope';
import { proseSentences, Sentence, sentenceAt } from '../../../server/src/core/prose/sentences';
import { NumberToken, readTokens } from '../../../server/src/core/prose/tokens';
import { fcParams } from '../robustness/arbitraries';
import { model } from './synthetic';

// The mention extractor reads each lead once with sticky patterns tried at their first characters, skips
// paragraphs without numbers or claim words, and never slices the text between two numbers. Here it is
// checked against the straightforward version it replaced: every pattern scanned over every lead and sentence.

const BOUNDARY = /[，,。；;：:（()）]/;
const CONJUNCTION_BEFORE = /(?:[、和及与或]|以及)$/;
const SHARE_LEAD = /^[，,]?\s*[（(]?(?:占|占比|所占比例|比例)[^，,。；;\d]{0,8}?(?:为|是|达)?$/;
const YOY = /^[，,]?\s*(?:较上年|比上年|与上年相比)?[，,]?同比(增长|上升|增加|提高|提升|下降|减少|降低|下滑|回落)了?$/;
const TRAILING: readonly [QuantityKey, RegExp][] = [
  ['answered', /^(?:已|均)?(?:依法依规|依法)?(?:进行|作出|予以)?了?(?:答复|办结)/],
  ['carriedForward', /^(?:结转|转入)(?:到|至)?下一?年/],
  ['granted', /^予以公开/],
  ['partialGrant', /^部分公开/],
  ['denied', /^不予以?公开/],
  ['unable', /^无法提供/],
  ['notProcessed', /^不予处理/],
];

interface Group {
  group: AppealGroup;
  start: number;
  end: number;
}

function groupsIn(s: Sentence): Group[] {
  const found: Group[] = [];
  for (const { group, re } of GROUP_KEYWORDS) for (const m of s.text.matchAll(new RegExp(re.source, 'g'))) found.push({ group, start: m.index!, end: m.index! + m[0].length });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Group[] = [];
  for (const g of found) if (!kept.length || g.end > kept[kept.length - 1].end) kept.push(g);
  return kept.sort((a, b) => a.end - b.end);
}

function bindReference(s: Sentence, token: NumberToken, prev: NumberToken | undefined, next: NumberToken | undefined, families: readonly Family[], groups: Group[]) {
  let from = token.index;
  const floor = prev ? prev.index + (prev.fullRange.end - prev.fullRange.start) : 0;
  while (from > floor && !BOUNDARY.test(s.text[from - 1])) from--;
  const to = token.index;
  const lead = s.text.slice(from, to);
  const all: { key: string; start: number; end: number; near: boolean }[] = [];
  const scan = (re: RegExp, add: (start: number, end: number) => void) => {
    for (const m of lead.matchAll(new RegExp(re.source, 'g'))) add(from + m.index!, from + m.index! + m[0].length);
  };
  const add = (key: string, start: number, end: number) => {
    const gap = s.text.slice(end, to);
    all.push({ key, start, end, near: gap.length <= MAX_GAP && !/\d/.test(gap) });
  };
  for (const k of REQUEST_KEYWORDS) if (families.includes(k.family)) scan(k.re, (a, b) => add(k.key, a, b));
  if (families.includes('appeals')) {
    for (const g of GROUP_KEYWORDS) scan(g.re, (a, b) => add(`${g.group}.total`, a, b));
    for (const o of OUTCOME_KEYWORDS) {
      scan(o.re, (a, b) => {
        const group = groups.filter((x) => x.end <= a).pop();
        if (group) add(`${group.group}.${o.outcome}`, a, b);
      });
    }
  }
  let best: (typeof all)[number] | undefined;
  for (const c of all) if (c.near && (!best || c.end > best.end || (c.end === best.end && c.end - c.start > best.end - best.start))) best = c;
  if (best) {
    const conj = CONJUNCTION_BEFORE.exec(s.text.slice(from, best.start));
    if (conj && all.some((c) => c !== best && c.key !== best!.key && c.end === best!.start - conj[0].length)) return undefined;
    return { key: best.key, start: best.start, end: best.end };
  }
  if (!families.includes('requests')) return undefined;
  const after = token.index + (token.fullRange.end - token.fullRange.start);
  let end = after;
  const ceiling = next ? next.index : s.text.length;
  while (end < ceiling && !BOUNDARY.test(s.text[end])) end++;
  const trail = s.text.slice(after, end);
  for (const [key, re] of TRAILING) {
    const m = re.exec(trail);
    if (m) return { key, start: after, end: after + m[0].length };
  }
  return undefined;
}

/** What the extractor finds, as plain data: the original extraction, pattern by pattern. */
function extractReference(m: ReportModel): string[] {
  const out: string[] = [];
  const periods = proseSentences(m, 'period');
  const familiesByLine = new Map<number, Family[]>();
  for (const s of proseSentences(m)) {
    if (!familiesByLine.has(s.line)) familiesByLine.set(s.line, familiesOf(m, s));
    const families = familiesByLine.get(s.line)!;
    const tokens = readTokens(s);
    const groups = families.includes('appeals') ? groupsIn(s) : [];
    const bound = new Set<NumberToken>();
    tokens.forEach((token, i) => {
      const prev = tokens[i - 1];
      if (token.kind === 'count') {
        const b = families.length && countsRequests(s, token) ? bindReference(s, token, prev, tokens[i + 1], families, groups) : undefined;
        if (b) {
          bound.add(token);
          out.push(`count ${token.range.start} ${b.key} ${s.range.start + b.start}-${s.range.start + b.end}`);
        }
        return;
      }
      if (!prev || prev.kind !== 'count') return;
      const between = s.text.slice(prev.index + (prev.fullRange.end - prev.fullRange.start), token.index);
      if (bound.has(prev) && SHARE_LEAD.test(between)) {
        const period = sentenceAt(periods, token.range.start)!;
        out.push(`share ${token.range.start} of ${prev.range.start} in ${period.range.start}-${period.range.end}`);
        return;
      }
      const y = YOY.exec(between);
      if (y) out.push(`yoy ${token.range.start} ${y[1]} of ${prev.range.start} ${bound.has(prev)}`);
    });
    for (const claim of CLAIMS) {
      if (!families.includes(claim.family)) continue;
      for (const x of s.text.matchAll(new RegExp(claim.re.source, 'g'))) out.push(`claim ${claim.key} ${s.range.start + x.index!}-${s.range.start + x.index! + x[0].length}`);
    }
  }
  return out;
}

function extractFast(m: ReportModel): string[] {
  const x = extractMentions(m);
  const out = [
    ...x.counts.map((c) => `count ${c.range.start} ${c.quantity.key} ${c.phraseRange.start}-${c.phraseRange.end}`),
    ...x.shares.map((s) => `share ${s.range.start} of ${s.numerator.range.start} in ${s.period.range.start}-${s.period.range.end}`),
    ...x.yoy.map((y) => `yoy ${y.range.start} ${y.word} of ${y.count.range.start} ${y.countMention !== undefined}`),
    ...x.claims.map((c) => `claim ${c.key} ${c.range.start}-${c.range.end}`),
  ];
  for (const c of x.counts) {
    assert.equal(c.quantity, resolveQuantity(m, c.quantity.key));
    assert.equal(c.value, c.token.value);
  }
  return out;
}

/** Words of the phrases, groups, outcomes and claims, and what stands between them. */
const WORDS = [
  '收到', '申请', '新收', '上年度结转', '上一年结转的申请', '作出', '答复', '办结', '予以', '公开', '予以公开', '部分公开', '不予公开', '不予以公开', '无法提供', '不予处理', '其他处理', '结转', '转入', '下年度', '下一年', '继续办理',
  '规范性文件', '现行有效', '行政', '复议', '诉讼', '起诉', '应诉', '行政复议', '行政诉讼', '复议后', '被', '提起', '提出', '直接', '未经复议', '案件', '结果', '维持', '原决定', '纠正', '其他', '尚', '未审结', '尚在审理中', '审理中',
  '均', '全部', '为', '是', '系', '自然人', '未', '没有', '发生', '被申请', '依法依规', '进行', '了', '已', '共', '其中', '第', '约', '2023年', '工作日',
  '、', '和', '及', '与', '或', '以及', '（', '）', '(', ')', ' ', '：',
  // whole phrasings of domain §5.1, so that the longer readings meet the shorter ones inside them
  '作出答复', '予以答复', '予以办结', '作出政府信息公开申请答复', '收到政府信息公开申请', '新收申请', '上年结转', '结转下年度继续办理', '转入下一年度',
  '予以公开及部分公开', '予以公开和部分公开', '规范性文件现行有效', '现行有效的行政规范性文件', '被申请行政复议案件', '复议案件',
  '未经复议直接被提起行政诉讼', '直接起诉', '复议后被提起诉讼', '被提起诉讼', '行政应诉', '结果维持原行政行为', '结果纠正', '其他结果', '尚未审结',
  '均为自然人', '全部是自然人', '未因政府信息公开被申请行政复议、提起行政诉讼', '没有被提起行政诉讼', '未发生行政复议', '未申请行政复议和诉讼',
];
const SUFFIXES = ['', '', '，占', '（占', '，占比为', '，所占比例达', '，同比增长', '，较上年同比下降了', '同比', '依法依规进行答复', '结转到下一年', '予以公开', '部分公开', '不予以公开', '无法提供', '不予处理', '，'];

/** Clauses of prose: words, a number with a unit, perhaps a share, a 同比 or a keyword after it, punctuation. */
const clause = fc
  .tuple(
    fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
    fc.constantFrom('1', '2', '12', '0', '3.5', '40', ''),
    fc.constantFrom('件', '件', '个', '条', '%', '件次', ' 件', ''),
    fc.constantFrom(...SUFFIXES),
    fc.constantFrom('1', '2', '50', '33.3', ''),
    fc.constantFrom('%', '件', ''),
    fc.constantFrom('，', ',', '。', '；', ';', '：', '、', ''),
  )
  .map((parts) => parts.flat().join(''));
const prose = fc.array(clause, { maxLength: 12 }).map((p) => p.join(''));

describe('prose mentions: the extractor agrees with the plain version', () => {
  it('counts, shares, 同比 and claims in parts 一, 三 and 四', () => {
    fc.assert(
      fc.property(fc.tuple(prose, prose), fc.tuple(prose, prose), fc.tuple(prose, prose), (p1, p3, p4) => {
        const m = model({ part1: p1.join('\n'), part3: p3.join('\n'), part4: p4.join('\n') });
        assert.deepEqual(extractFast(m).sort(), extractReference(m).sort());
      }),
      fcParams(400),
    );
  });
});
