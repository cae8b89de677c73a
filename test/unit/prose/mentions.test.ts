import { strict as assert } from 'assert';
import { extractMentions } from '../../../server/src/core/prose/mentions';
import { readTokens } from '../../../server/src/core/prose/tokens';
import { splitSentences } from '../../../server/src/core/prose/sentences';
import { model, Synthetic } from './synthetic';

/** What the extractor ties in one piece of prose: "value→key" per count, in order. */
function bound(part: 'part1' | 'part3' | 'part4', prose: string, extra: Synthetic = {}): string[] {
  const m = model({ ...extra, [part]: prose });
  const sentenceStart = m.text.indexOf(prose);
  return extractMentions(m)
    .counts.filter((c) => c.range.start >= sentenceStart && c.range.end <= sentenceStart + prose.length)
    .map((c) => `${c.value}→${c.quantity.key}`);
}

function claims(part: 'part1' | 'part3' | 'part4', prose: string): string[] {
  const m = model({ [part]: prose });
  return extractMentions(m).claims.map((c) => `${c.key}:${m.text.slice(c.range.start, c.range.end)}`);
}

// Each §5.1 phrase pattern: sentences that restate a cell, and near misses that must not.
const CASES: [string, 'part1' | 'part3' | 'part4', string, string[]][] = [
  ['收到申请', 'part3', '全年共收到政府信息公开申请20件。', ['20→received']],
  ['收到申请 (依申请公开)', 'part3', '全县共收到依申请公开20件，其中，县政府受理依申请公开18件。', ['20→received']],
  ['收到申请件N件', 'part3', '全区共收到政府信息公开申请件20件。', ['20→received']],
  ['新收', 'part3', '本年新收政府信息公开申请20件。', ['20→received']],
  ['上年结转', 'part3', '2023年共收到政府信息公开申请20件，上年度结转2件。', ['20→received', '2→carriedOver']],
  ['含上年结转', 'part3', '作出政府信息公开申请答复18件（含上年结转2件）。', ['18→answered', '2→carriedOver']],
  ['办结', 'part3', '全年办结政府信息公开申请18件。', ['18→answered']],
  ['答复 … 申请', 'part3', '全年答复政府信息公开申请18件，答复率100%。', ['18→answered']],
  ['N件依法依规进行答复', 'part3', '申请内容涉及征地补偿，18件依法依规进行答复，4件结转到下年继续办理。', ['18→answered', '4→carriedForward']],
  ['予以公开', 'part3', '对申请依法作出答复，其中予以公开10件。', ['10→granted']],
  ['予以公开及部分公开', 'part3', '对申请依法作出答复，其中予以公开及部分公开14件。', ['14→grantedOrPartial']],
  ['部分公开', 'part3', '对申请依法作出答复，部分公开4件。', ['4→partialGrant']],
  ['不予公开', 'part3', '对申请依法作出答复，不予公开1件，不予以公开1件。', ['1→denied', '1→denied']],
  ['无法提供', 'part3', '对申请依法作出答复，因本机关不掌握等原因无法提供3件。', ['3→unable']],
  ['不予处理', 'part3', '对申请依法作出答复，不予处理0件。', ['0→notProcessed']],
  ['其他处理', 'part3', '对申请依法作出答复，其他处理0件。', ['0→other']],
  ['结转下年度', 'part3', '对申请依法作出答复，结转下年度继续办理4件。', ['4→carriedForward']],
  ['行政复议 with outcomes', 'part4', '被申请行政复议案件共3件，其中，结果维持1件，纠正1件，尚未审结1件。', ['3→review.total', '1→review.maintain', '1→review.correct', '1→review.unfinished']],
  ['直接起诉 with outcomes', 'part4', '未经复议直接被提起行政诉讼共2件，结果维持1件，其他1件。', ['2→litigationDirect.total', '1→litigationDirect.maintain', '1→litigationDirect.other']],
  ['复议后起诉', 'part4', '复议后被提起诉讼1件，结果纠正1件。', ['1→litigationPostReview.total', '1→litigationPostReview.correct']],
  ['行政诉讼 (both kinds)', 'part4', '因政府信息公开被提起行政诉讼3件。', ['3→litigation.total']],
  ['复议/诉讼 in part 一', 'part1', '以信息公开为案由被提起行政复议案件共3件。', ['3→review.total']],
  ['规范性文件现行有效', 'part1', '区政府规范性文件现行有效9件。', ['9→normativeValid']],
  // the traps
  ['行政复议…N件…行政诉讼…M件 in one sentence', 'part4', '全年办理行政复议案件134件，行政诉讼案件57件。', ['134→review.total', '57→litigation.total']],
  ['two groups without a comma', 'part4', '被申请行政复议134件和被提起行政诉讼57件。', ['134→review.total', '57→litigation.total']],
  ['a combined total binds to neither', 'part4', '因政府信息公开引起的行政复议、行政诉讼案件共12件。', []],
  ['outcomes bind to the nearest preceding group', 'part4', '行政复议2件，结果维持2件；行政诉讼1件，尚未审结1件。', ['2→review.total', '2→review.maintain', '1→litigation.total', '1→litigation.unfinished']],
  ['an outcome word without a group is nothing', 'part4', '结果维持2件。', []],
  ['条例 article numbers', 'part3', '对该申请依据《条例》第36条第（三）项规定予以公开2件，按照第33条规定予以答复。', ['2→granted']],
  ['dates', 'part3', '截至2023年12月31日，共收到政府信息公开申请20件。', ['20→received']],
  ['document numbers', 'part3', '依据国办公开办函〔2021〕30号对申请予以公开。', []],
  ['phone numbers', 'part3', '申请咨询电话0533-7212036，答复时间为工作日。', []],
  ['approximations (2000余次, 约)', 'part3', '全年答复群众申请咨询2000余次，收到政府信息公开申请约20件。', []],
  ['a 个 that is another measure', 'part3', '申请的答复期限为20个工作日。', []],
  ['受理 is not 收到', 'part3', '县政府受理依申请公开18件。', []],
  ['requests phrases only in paragraphs about requests', 'part1', '全年予以公开信息1250条，结转下年度工作3件。', []],
  ['requests phrases not in part 四', 'part4', '涉及的申请中予以公开2件。', []],
  ['appeals phrases not in part 三', 'part3', '申请人提起行政复议1件。', []],
];

describe('prose mentions: the phrase patterns of domain §5.1', () => {
  for (const [name, part, prose, expected] of CASES) {
    it(`${name}: ${prose}`, () => assert.deepEqual(bound(part, prose), expected));
  }

  it('收到申请 accepts 新收 + 上年结转 as a second reading', () => {
    const m = model({ part3: '全年共收到政府信息公开申请22件。', requests: { newReceived: 20, carriedOver: 2 } });
    const [c] = extractMentions(m).counts;
    assert.deepEqual(
      [c.quantity.key, c.quantity.value, c.alternatives.map((a) => [a.key, a.value])],
      ['received', 20, [['receivedWithCarried', 22]]],
    );
  });

  it('a subtotal sums its rows and keeps each cell (不予公开 = Σ 1..8)', () => {
    const m = model({ part3: '对申请依法作出答复，不予公开3件。', requests: { newReceived: 3, 'denied.stateSecret': 1, 'denied.enforcementCase': 2 } });
    const [c] = extractMentions(m).counts;
    assert.equal(c.quantity.value, 3);
    assert.equal(c.quantity.cells.length, 8);
    assert.deepEqual(c.quantity.cells.filter((x) => x.cell.value).map((x) => x.row.template!.id), ['denied.stateSecret', 'denied.enforcementCase']);
  });

  it('claims: 均为自然人申请, 未…行政复议、行政诉讼, and their near misses', () => {
    assert.deepEqual(claims('part3', '收到的申请均为自然人申请。'), ['allNaturalPerson:均为自然人']);
    assert.deepEqual(claims('part4', '本年度未因政府信息公开被申请行政复议、提起行政诉讼。'), ['noAppeals:未因政府信息公开被申请行政复议、提起行政诉讼']);
    assert.deepEqual(claims('part4', '本年度未发生行政复议。'), ['noReview:未发生行政复议']);
    assert.deepEqual(claims('part4', '本年度没有被提起行政诉讼。'), ['noLitigation:没有被提起行政诉讼']);
    assert.deepEqual(claims('part4', '未经复议直接被提起行政诉讼2件，尚未审结的行政复议1件。'), []);
    assert.deepEqual(claims('part3', '申请人多为自然人。'), []);
  });

  it('shares and 同比 figures attach to the count right before them', () => {
    const m = model({ part3: '全年共收到政府信息公开申请20件，同比增长25%。予以公开10件，占50%；部分公开4件（占比20%）。', requests: { newReceived: 20, granted: 10, partialGrant: 4 } });
    const x = extractMentions(m);
    assert.deepEqual(x.shares.map((s) => [s.token.digits, s.numerator.quantity.key]), [['50', 'granted'], ['20', 'partialGrant']]);
    assert.deepEqual(x.yoy.map((y) => [y.token.digits, y.direction, y.count.value, y.countMention?.quantity.key]), [['25', 'up', 20, 'received']]);
  });

  it('number tokens skip glued, approximate and spaced-out forms', () => {
    const [s] = splitSentences('第13条规定，H5页面3个，约50件，2000余次，增长1.5个百分点，49 件，12.5%');
    assert.deepEqual(
      readTokens(s).map((t) => `${t.digits}${t.unit}`),
      ['3个', '49件', '12.5%'],
    );
  });

  it('stays linear on adversarial prose (long runs of digits, groups, conjunctions, shares)', function () {
    this.timeout(20000);
    const lines = [
      '申请' + '1'.repeat(200000),
      '申请公开' + '行政复议、'.repeat(40000) + '行政诉讼3件',
      '申请' + '1件'.repeat(60000),
      '申请' + '收到'.repeat(100000) + '申请1件',
      '申请予以公开1件' + '，占1%'.repeat(40000),
      '申请公开行政复议1件' + '，结果维持1件'.repeat(30000),
    ];
    for (const line of lines) {
      const started = Date.now();
      extractMentions(model({ part4: line.includes('复议') ? line : '', part3: line.includes('复议') ? '' : line }));
      assert.ok(Date.now() - started < 3000, `${line.slice(0, 12)}…: ${Date.now() - started} ms`);
    }
  });
});
