import { strict as assert } from 'assert';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { check, slice, syntheticReport, Synthetic } from './synthetic';

const REQUESTS = { newReceived: 20, carriedOver: 2, granted: 10, partialGrant: 4, 'denied.stateSecret': 1, 'unable.noInfo': 3 };
const byRule = (text: string, rule: string) => check(text).filter((f) => f.rule === rule);

describe('prose-table-mismatch on synthetic reports', () => {
  const base: Synthetic = { requests: REQUESTS, part3: '全年共收到政府信息公开申请20件，上年结转2件。作出答复18件，其中予以公开10件，部分公开4件，不予公开1件，无法提供3件，结转下年度继续办理4件。' };

  for (const layout of ['markdown', 'word', 'tsv'] as const) {
    it(`prose that restates the tables checks clean (${layout})`, () => {
      assert.deepEqual(check(syntheticReport({ ...base, layout })), []);
    });
  }

  it('a wrong number is reported at the number, points at the cell, and offers the table value', () => {
    const text = syntheticReport({ ...base, part3: base.part3!.replace('部分公开4件', '部分公开5件') });
    const [f, ...rest] = byRule(text, 'prose-table-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(slice(text, f.range), '5');
    assert.equal(f.message.zh, '正文「部分公开」5件与表格不符：表三「部分公开」= 4');
    assert.equal(f.message.en, 'The prose gives 5 for “部分公开”, but table 3, partly disclosed = 4');
    assert.equal(f.related!.length, 1);
    assert.equal(f.related![0].message.zh, '表三「部分公开」行「总计」列：4');
    assert.equal(f.fix!.title.zh, '改为 4（表格值）');
    assert.ok(applyEdits(text, f.fix!.edits).includes('部分公开4件，不予公开1件'));
  });

  it('a subtotal shows its arithmetic; the cells it sums are related', () => {
    const requests = { ...REQUESTS, 'denied.stateSecret': 1, 'denied.enforcementCase': 2, 'unable.noInfo': 1 };
    const text = syntheticReport({ requests, part3: '对申请作出答复，其中不予公开2件。' });
    const [f] = byRule(text, 'prose-table-mismatch');
    assert.equal(f.message.zh, '正文「不予公开」2件与表格不符：表三「不予公开（小计）」= 1+2 = 3');
    assert.deepEqual(f.related!.map((r) => slice(text, r.range)), ['1', '2']);
  });

  it('收到申请 may be 新收 or 新收 + 上年结转; anything else names both readings', () => {
    assert.deepEqual(byRule(syntheticReport({ ...base, part3: '全年共收到政府信息公开申请22件。' }), 'prose-table-mismatch'), []);
    const [f] = byRule(syntheticReport({ ...base, part3: '全年共收到政府信息公开申请21件。' }), 'prose-table-mismatch');
    assert.equal(f.message.zh, '正文「收到政府信息公开申请」21件与表格不符：表三「本年新收」= 20；表三「本年新收 + 上年结转」= 20+2 = 22');
    assert.equal(f.fix!.edits[0].newText, '20');
  });

  it('no fix when the table itself does not balance (the cell may be the wrong one)', () => {
    // 予以公开 raised in the table only: the table no longer balances and the prose disagrees.
    const text = syntheticReport({ ...base, requests: { ...REQUESTS, granted: 11, totalProcessed: 18, carriedForward: 4 } });
    const [f] = byRule(text, 'prose-table-mismatch');
    assert.equal(slice(text, f.range), '10');
    assert.equal(f.fix, undefined);
    assert.ok(check(text).some((x) => x.rule === 'table-total'));
  });

  it('复议/诉讼 with outcomes, against 表四', () => {
    const appeals = { 'review.maintain': 1, 'review.unfinished': 1, 'review.total': 2, 'litigationDirect.other': 1, 'litigationDirect.total': 1 };
    const ok = '被申请行政复议2件，其中结果维持1件，尚未审结1件；未经复议直接被提起行政诉讼1件，其他1件。';
    assert.deepEqual(byRule(syntheticReport({ appeals, part4: ok }), 'prose-table-mismatch'), []);
    const text = syntheticReport({ appeals, part4: ok.replace('结果维持1件', '结果维持2件') });
    const [f] = byRule(text, 'prose-table-mismatch');
    assert.equal(f.message.zh, '正文「结果维持」2件与表格不符：表四「行政复议·结果维持」= 1');
    assert.equal(f.related![0].message.zh, '表四「行政复议·结果维持」列：1');
  });

  it('a number for an empty 表四 points at the prose and at the table', () => {
    const text = syntheticReport({ emptyAppeals: true, part4: '因政府信息公开被申请行政复议2件。' });
    const [f] = byRule(text, 'prose-table-mismatch');
    assert.equal(slice(text, f.range), '2');
    assert.match(f.message.zh, /表四没有数据/);
    assert.ok(slice(text, f.related![0].range).includes('行政复议'));
  });

  it('claims: 均为自然人申请 (warning) and 未…行政复议、行政诉讼 against non-zero cells', () => {
    const natural = syntheticReport({ requests: REQUESTS, part3: '收到的申请均为自然人申请。' });
    assert.deepEqual(byRule(natural, 'prose-table-mismatch'), []);
    const mixed = natural.replace('| 一、本年新收政府信息公开申请数量 | 20 | 0 |', '| 一、本年新收政府信息公开申请数量 | 19 | 1 |');
    assert.notEqual(mixed, natural);
    const [w] = byRule(mixed, 'prose-table-mismatch');
    assert.equal([w.severity, slice(mixed, w.range)].join(' '), 'warning 均为自然人');
    const none = syntheticReport({ appeals: { 'review.maintain': 1, 'review.total': 1 }, part4: '本年度未因政府信息公开被申请行政复议、提起行政诉讼。' });
    const [e] = byRule(none, 'prose-table-mismatch');
    assert.equal(e.message.zh, '正文称「未因政府信息公开被申请行政复议、提起行政诉讼」，但表四「行政复议·总计」= 1');
  });

  it('规范性文件现行有效 against 表二', () => {
    const [f] = byRule(syntheticReport({ normativeValid: 9, part1: '区政府规范性文件现行有效8件。' }), 'prose-table-mismatch');
    assert.equal(f.message.zh, '正文「规范性文件现行有效」8件与表格不符：表二「行政规范性文件·现行有效件数」= 9');
  });
});

describe('percentage and percentage-base on synthetic reports', () => {
  const requests = { newReceived: 14, granted: 5, partialGrant: 6, 'unable.noInfo': 3 };
  const prose = (a: string, b: string, c: string) => `作出政府信息公开申请答复14件，其中予以公开5件，占${a}%，部分公开6件，占${b}%，无法提供3件，占${c}%。`;

  it('correctly rounded shares pass; 占0% for 0件 passes', () => {
    assert.deepEqual(check(syntheticReport({ requests, part3: prose('35.71', '42.86', '21.43') + '不予公开0件，占0%。' })), []);
  });

  it('a truncated share is an error that says so, with the fix to the rounded figure', () => {
    const text = syntheticReport({ requests, part3: prose('35.71', '42.85', '21.43') });
    const [f] = byRule(text, 'percentage');
    assert.equal(slice(text, f.range), '42.85');
    assert.equal(f.message.zh, '「部分公开」6件的占比：6 ÷ 14 = 42.857% → 42.86%；文中 42.85% 是截断值，应四舍五入');
    assert.equal(f.fix!.edits[0].newText, '42.86');
  });

  it('a share forced to make 100% is wrong even though the total looks right', () => {
    const text = syntheticReport({ requests, part3: prose('35.71', '42.85', '21.44') });
    const found = byRule(text, 'percentage');
    assert.deepEqual(found.map((f) => slice(text, f.range)), ['42.85', '21.44']);
    assert.match(found[1].message.zh, /3 ÷ 14 = 21.429% → 21.43%，文中为 21.44%.*凑整/);
  });

  it('the expected value uses the base the other shares of the sentence use', () => {
    // 新收 20 + 结转 2 = 22 handled so far; 答复 18. The shares use 22; one of them is off.
    const r = { newReceived: 20, carriedOver: 2, granted: 11, partialGrant: 4, 'unable.noInfo': 3 };
    const text = syntheticReport({ requests: r, part3: '对申请予以公开11件，占50.0%；部分公开4件，占18.2%；无法提供3件，占13.7%。' });
    const [f] = byRule(text, 'percentage');
    assert.equal(slice(text, f.range), '13.7');
    assert.equal(f.fix!.edits[0].newText, '13.6');
    assert.match(f.message.zh, /新收 \+ 上年结转 22（20\+2），3 ÷ 22 = 13.64% → 13.6%/);
  });

  it('a lone share that fits no base is reported with each base, without a fix', () => {
    const requests = { newReceived: 20, carriedOver: 2, granted: 11, partialGrant: 7 };
    const [f] = byRule(syntheticReport({ requests, part3: '对申请予以公开11件，占40%。' }), 'percentage');
    assert.equal(f.fix, undefined);
    assert.equal(f.message.zh, '「予以公开」11件的占比 40% 与任何分母都不符（答复总数 18：61%；新收 + 上年结转 22（20+2）：50%；本年新收 20：55%）');
    // "收到的申请中" names 新收 or 新收 + 结转: the message uses one, the fix stays out.
    const [g] = byRule(syntheticReport({ requests, part3: '收到的申请中予以公开11件，占40%。' }), 'percentage');
    assert.equal(g.fix, undefined);
    assert.match(g.message.zh, /11 ÷ 22 = 50.0% → 50%，文中为 40%/);
  });

  it('占100% only for the whole', () => {
    const text = syntheticReport({ requests: { newReceived: 201, granted: 200, 'unable.noInfo': 1 }, part3: '作出政府信息公开申请答复201件，其中予以公开200件，占100%。' });
    assert.equal(byRule(text, 'percentage').length, 1);
  });

  it('percentage-base: "在答复的申请中" with shares on 新收 + 结转', () => {
    const r = { newReceived: 20, carriedOver: 2, granted: 11, partialGrant: 4, 'unable.noInfo': 3 };
    const text = syntheticReport({ requests: r, part3: '在答复的申请中：予以公开11件，占50.0%；部分公开4件，占18.2%；无法提供3件，占13.6%。' });
    assert.deepEqual(byRule(text, 'percentage'), []);
    const [w] = byRule(text, 'percentage-base');
    assert.equal(slice(text, w.range), '在答复的申请中');
    assert.equal(w.severity, 'warning');
    assert.match(w.message.zh, /按 18 件应为 61.1%、22.2%、16.7%/);
    assert.equal(w.related!.length, 3);
    // The same shares under wording that fits them pass.
    assert.deepEqual(byRule(text.replace('在答复的申请中', '在受理的申请中'), 'percentage-base'), []);
  });
});

describe('year-on-year on synthetic reports', () => {
  const yoy = (count: number, phrase: string) => {
    const text = syntheticReport({ requests: { newReceived: count, granted: count }, part3: `全年共收到政府信息公开申请${count}件，${phrase}。` });
    return { text, found: byRule(text, 'year-on-year') };
  };

  it('a correctly rounded figure is information with the implied previous count', () => {
    const { text, found } = yoy(49, '同比增长58%');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.equal(slice(text, found[0].range), '58');
    assert.equal(found[0].message.zh, '同比增长 58%：上年应为 31件（(49 − 31) ÷ 31 = 58.1% → 58%），可与上年报告核对');
  });

  it('a truncated figure is an error with the corrected figure', () => {
    const [f] = yoy(12, '同比下降55.55%').found;
    assert.equal(f.severity, 'error');
    assert.match(f.message.zh, /截断.*若上年为 27件，\(27 − 12\) ÷ 27 = 55.556% → 55.56%/);
    assert.equal(yoy(12, '同比下降55.56%').found[0].severity, 'information');
  });

  it('figures no whole previous count can give are errors', () => {
    const [f] = yoy(12, '同比下降55.57%').found;
    assert.equal(f.severity, 'error');
    assert.match(f.message.zh, /任何整数的上年数都得不到 55.57%；最接近的是上年 27件/);
    assert.match(yoy(12, '同比下降120%').found[0].message.zh, /不可能/);
    assert.deepEqual(yoy(0, '同比下降100%').found, [], 'a fall to 0 is exactly 100%');
  });
});
