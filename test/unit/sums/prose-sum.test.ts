import { strict as assert } from 'assert';
import { at, report, sums } from './helpers';

/** The one prose-sum finding of a one-sentence report, or a failure when there is not exactly one. */
function one(sentence: string) {
  const text = report(sentence);
  const f = sums(text);
  assert.equal(f.length, 1, `expected one finding for «${sentence}», got ${f.map((x) => x.message.zh).join(' | ') || 'none'}`);
  return { text, f: f[0], covered: at(text, f[0]) };
}

function none(...sentences: string[]) {
  for (const s of sentences) assert.deepEqual(sums(report(s)).map((f) => f.message.zh), [], s);
}

describe('prose-sum: itemised totals', () => {
  it('is silent when the parts add up (其中, comma list)', () => {
    none('全年共受理群众来信40件，其中，城建方面12件，教育方面9件，卫生方面19件。');
  });

  it('reports parts that exceed the total, with the arithmetic and the total as related information', () => {
    const { text, f, covered } = one('全年共受理群众来信39件，其中，城建方面12件，教育方面9件，卫生方面19件。');
    assert.equal(f.severity, 'error');
    assert.equal(f.message.zh, '分项之和与总数不符：12+9+19 = 40件 ≠ 39件');
    assert.equal(f.message.en, 'The parts do not add up to the total: 12+9+19 = 40件 ≠ 39件');
    assert.equal(covered, '39件，其中，城建方面12件，教育方面9件，卫生方面19件');
    assert.equal(at(text, f.related![0]), '39件');
    assert.equal(f.fix, undefined);
  });

  it('parts that fall short: an error when the list says it is complete, else a warning (it may name only some)', () => {
    const some = one('全年共公开信息1250条，其中政策文件86条、人事信息42条、财政信息37条。').f;
    assert.equal(some.severity, 'warning');
    assert.equal(some.message.zh, '分项之和小于总数：86+42+37 = 165条 < 1250条；如只列举了部分分项，请写明“等”或列出“其他”');
    // a remainder part (其他, 其余) closes the list
    const rest = one('全年共受理群众来信41件，其中，城建方面12件，教育方面9件，其他方面19件。').f;
    assert.equal(rest.severity, 'error');
    assert.equal(rest.message.zh, '分项之和与总数不符：12+9+19 = 40件 ≠ 41件');
    // so do the fixed outcome categories of 表三 and 表四
    assert.equal(one('作出答复34件，其中予以公开19件，部分公开6件，无法提供7件。').f.severity, 'error');
    assert.equal(one('被申请行政复议共7件，其中，结果维持2件，纠正2件，尚未审结2件。').f.severity, 'error');
    // and 分别为
    assert.equal(one('共受理申请13件，城建、教育、医疗分别为3件、4件、5件。').f.severity, 'error');
  });

  it('reads 、 and ； lists, 分为/包括/具体为 and a colon after the total', () => {
    none(
      '本年度发布通知30条，其中政策类10条、服务类20条。',
      '共召开会议9次：常务会议3次；专题会议6次。',
      '共印发文件15件，包括规章5件、规范性文件10件。',
      '共开展培训8场，具体为线上培训3场、线下培训5场。',
    );
    assert.match(one('本年度发布通知30条，其中政策类10条、服务类21条。').f.message.zh, /10\+21 = 31条 ≠ 30条/);
    assert.match(one('共召开会议9次：常务会议3次；专题会议7次。').f.message.zh, /3\+7 = 10次 ≠ 9次/);
    assert.match(one('共印发文件15件，包括规章5件、规范性文件11件。').f.message.zh, /5\+11 = 16件 ≠ 15件/);
  });

  it('reads 分别为 after a 共-total, not after any number', () => {
    none('共受理申请12件，城建、教育、医疗分别为3件、4件、5件。', '收到信件20件，城建、教育分别为3件、4件。');
    assert.match(one('共受理申请12件，城建、教育、医疗分别为3件、4件、6件。').f.message.zh, /3\+4\+6 = 13件 ≠ 12件/);
  });

  it('takes a 、-list before 其中 as the total (议案a件、建议b件，其中…)', () => {
    none('全年承办代表议案20件、建议7件，其中，城建方面9件，教育方面11件，其他方面7件。');
    const { f, covered } = one('全年承办代表议案20件、建议7件，其中，城建方面9件，教育方面11件，其他方面8件。');
    assert.equal(f.message.zh, '分项之和与总数不符：9+11+8 = 28件 ≠ 20+7 = 27件');
    assert.equal(covered, '20件、建议7件，其中，城建方面9件，教育方面11件，其他方面8件');
  });

  it('follows the total into the next sentence of the paragraph (…N件。其中，…)', () => {
    none('全年共收到提案30件。其中，经济方面10件，社会方面20件。');
    assert.match(one('全年共收到提案30件。其中，经济方面10件，社会方面21件。').f.message.zh, /10\+21 = 31件 ≠ 30件/);
  });

  it('ignores a single part after 其中 (a subset, not an itemisation)', () => {
    none('全县共收到申请50件，其中，县政府受理18件，均在法定期限内答复。');
  });

  it('does not read a clause holding two numbers without 、 as two parts', () => {
    none('开展文件清理，其中，44件文件拟修订1件，废止24件。', '共清理文件44件，其中，拟修订文件中有1件涉及上位法修改2件，废止24件。');
  });

  it('ends the list at a clause without a part, or at a new 共-total', () => {
    none(
      '共收到申请20件，其中予以公开12件，部分公开8件，均按期答复，办结率100%。',
      '被申请行政复议共6件，其中，维持2件，纠正2件，未审结2件；被提起行政诉讼共5件，维持3件，其他2件。',
    );
  });

  it('accepts a list that ends at a stronger separator (；) as well as the whole list', () => {
    none('共作出答复14件，其中予以公开5件，部分公开9件；结转下年度2件。');
  });
});

describe('prose-sum: nested itemisations', () => {
  const ok = '财政资金信息380条，其中预决算197条（部门预算32条、部门决算165条）、政府采购183条。';

  it('checks a bracketed list against the part it follows, and the outer list against the total', () => {
    none(ok);
    const inner = one(ok.replace('部门决算165条', '部门决算166条'));
    assert.equal(inner.f.message.zh, '分项之和与总数不符：32+166 = 198条 ≠ 197条');
    assert.equal(inner.covered, '197条（部门预算32条、部门决算166条');
    const outer = one(ok.replace('政府采购183条', '政府采购184条'));
    assert.equal(outer.f.message.zh, '分项之和与总数不符：197+184 = 381条 ≠ 380条');
  });

  it('a wrong middle figure breaks both the inner and the outer sum', () => {
    const f = sums(report(ok.replace('预决算197条', '预决算198条')));
    assert.deepEqual(
      f.map((x) => `${x.severity} ${x.message.zh}`),
      ['error 分项之和与总数不符：198+183 = 381条 ≠ 380条', 'warning 分项之和小于总数：32+165 = 197条 < 198条；如只列举了部分分项，请写明“等”或列出“其他”'],
    );
  });

  it('reads （其中…） after a number; （含…） lists only one side', () => {
    none('共收到申请50件（其中线上20件、线下30件）。', '共作出答复14件（含上年结转2件），其中予以公开5件，部分公开9件。', '共作出答复14件（含上年结转2件、本年新收10件）。');
    assert.match(one('共收到申请50件（其中线上20件、线下31件）。').f.message.zh, /20\+31 = 51件 ≠ 50件/);
    assert.match(one('共作出答复14件（含上年结转5件、本年新收10件）。').f.message.zh, /^所列分项之和已超过总数：5\+10 = 15件 > 14件$/);
  });

  it('does not read comparisons in a bracket as parts', () => {
    none('全年收到申请50件（2019年为38件、2018年为30件）。', '全年收到申请50件（较上年增加12件、增长31%）。');
  });
});

describe('prose-sum: approximate figures are never an error', () => {
  it('约, 余, 多, 近, 左右 in the total or a part', () => {
    none(
      '共公开信息约500条，其中政策文件200条、工作动态250条。',
      '共公开信息500余条，其中政策文件200条、工作动态250条。',
      '共公开信息500条，其中政策文件200余条、工作动态250条。',
      '共公开信息500多条，其中政策文件200条、工作动态250条。',
      '共公开信息近500条，其中政策文件200条、工作动态250条。',
      '共公开信息500条左右，其中政策文件200条、工作动态250条。',
      '共公开信息500条，其中政策文件200 余条、工作动态250条。',
    );
  });
});

describe('prose-sum: partial lists (主要涉及, 含, 等)', () => {
  it('is silent when the listed parts stay below the total', () => {
    none('共收到申请50件，主要涉及征地补偿20件、社会保障10件。', '共收到申请50件，其中征地补偿20件、社会保障10件等。');
  });

  it('reports listed parts above the total', () => {
    assert.equal(one('共收到申请50件，主要涉及征地补偿30件、社会保障25件。').f.message.zh, '所列分项之和已超过总数：30+25 = 55件 > 50件');
    assert.match(one('共收到申请50件，其中征地补偿30件、社会保障25件等。').f.message.zh, /^所列分项之和已超过总数/);
  });
});

describe('prose-sum: amounts and percentages as rounding intervals', () => {
  it('accepts sums that differ only by rounding (万元)', () => {
    none('共投入资金120.5万元，其中设备60.25万元、维护60.3万元。', '共投入资金3万元，其中设备1.4万元、维护1.4万元。', '共支出1.2万元，其中设备5000元、维护7000元。');
  });

  it('reports amounts outside the rounding intervals, saying so', () => {
    const { f } = one('共投入资金120.5万元，其中设备70万元、维护60万元。');
    assert.equal(f.message.zh, '分项之和与总数不符：70+60 = 130万元 ≠ 120.5万元（已按四舍五入留出误差）');
    assert.match(one('共支出1.2万元，其中设备5000元、维护8000元。').f.message.zh, /5000元\+8000元 = 1\.3万元 ≠ 1\.2万元/);
  });

  it('sums percentages of a percentage total as intervals', () => {
    none('公开满意度为100%，其中非常满意66.7%、满意33.3%。');
    assert.match(one('公开满意度为100%，其中非常满意70.5%、满意33.3%。').f.message.zh, /70\.5\+33\.3 = 103\.8% ≠ 100%/);
  });

  it('checks that the shares of a complete list make 100% (a warning: the base may differ)', () => {
    none(
      '共作出答复14件，其中予以公开5件，占35.71%，部分公开6件，占42.86%，无法提供3件，占21.43%。',
      '共作出答复3件，其中予以公开1件（占33.3%）、部分公开1件（占33.3%）、无法提供1件（占33.3%）。',
      '共作出答复14件，其中予以公开5件，占35.7%，部分公开9件，占64.3%，不予处理0件。',
    );
    const { f, covered } = one('共作出答复14件，其中予以公开5件，占35.71%，部分公开6件，占40.86%，无法提供3件，占21.43%。');
    assert.equal(f.severity, 'warning');
    assert.equal(f.message.zh, '各分项的占比之和不是100%：35.71%+40.86%+21.43% = 98.00%');
    assert.equal(covered, '35.71%，部分公开6件，占40.86%，无法提供3件，占21.43%');
  });
});

describe('prose-sum: mixed units and lists that are not parts', () => {
  it('never sums 件 with 条, nor parts in another unit than the total', () => {
    none(
      '通过网站公开信息594条，其中发布文件13件、人事任免信息2条、预决算信息4条。',
      '共公开信息335条，其中教育领域10家、医疗领域3家。',
      '共收到申请50件，其中征地补偿20件、社会保障30件，涉及12个部门、3个街道。',
    );
    assert.match(one('共收到申请50件，其中征地补偿20件、社会保障40件，涉及12个部门、3个街道。').f.message.zh, /20\+40 = 60件 ≠ 50件/);
  });

  it('does not sum dates, article numbers, ranks, durations, quarters or document numbers', () => {
    none(
      '全年共召开会议12次，分别于3月、6月、9月、12月召开。',
      '共修订条款20条，其中第13条、第15条作了重大修改。',
      '共有12个部门参加考核，其中位列前3名的部门3个、第4名至第10名的部门7个。',
      '共办理申请30件，其中15件在10个工作日内答复、15件在20个工作日内答复。',
      '前三季度共收到申请30件，其中第一季度8件、第二季度10件、第三季度12件。',
      '共转发文件3件，分别为〔2019〕60号、〔2021〕30号和〔2020〕50号文件。',
      '共收到申请30件，其中1至3月8件、4至6月10件、7至9月12件。',
    );
  });

  it('still checks quarters written in words when they are the parts', () => {
    assert.match(one('前三季度共收到申请30件，其中第一季度8件、第二季度10件、第三季度13件。').f.message.zh, /8\+10\+13 = 31件 ≠ 30件/);
  });
});

describe('prose-sum: a 共-total followed directly by a list (no marker)', () => {
  it('is silent when it adds up; a warning when not (the list may not be the parts)', () => {
    none('被提起行政诉讼共5件，结果维持2件，尚未审结2件，其他1件。', '全年累计召开常务会议10次、专题会议12次、部门会议155次。', '共承办建议137件、提案145件，满意率100%。');
    const { f } = one('被提起行政诉讼共5件，结果维持2件，尚未审结2件，其他2件。');
    assert.equal(f.severity, 'warning');
    assert.match(f.message.zh, /2\+2\+2 = 6件 ≠ 5件/);
  });

  it('needs a 共-word: a plain list of figures is not a total', () => {
    none('907项事项上网，885项业务可网办，878项业务可全程网办。');
  });
});

describe('prose-sum: a total restated differently in the same part', () => {
  const first = '全县共召开21场新闻发布会，主要负责人到场解读。';
  const second = '建立新闻发布机制，今年已成功召开16次新闻发布会。';

  it('warns at the second place, with the first as related information', () => {
    const text = report([first, second]);
    const f = sums(text);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(at(text, f[0]), '16次');
    assert.equal(at(text, f[0].related![0]), '21场');
    assert.match(f[0].message.zh, /此处为16次，前文“全县共召开21场新闻发布会”为21场/);
  });

  it('names the other place as later when the total comes second', () => {
    const text = report([second, first]);
    const f = sums(text);
    assert.equal(f.length, 1);
    assert.equal(at(text, f[0]), '16次');
    assert.match(f[0].message.zh, /此处为16次，后文“全县共召开21场新闻发布会”为21场/);
  });

  it('is silent across parts, for equal values, for other subjects, without a total word, or for approximations', () => {
    assert.deepEqual(sums(report(first, second)), []);
    assert.deepEqual(sums(report([first, '今年已成功召开21次新闻发布会。'])), []);
    assert.deepEqual(sums(report([first, '今年已成功召开16次政策吹风会。'])), []);
    assert.deepEqual(sums(report(['召开21场新闻发布会。', second])), []);
    assert.deepEqual(sums(report([first, '今年已成功召开16次以上新闻发布会。'])), []);
    assert.deepEqual(sums(report([first, '上年同期召开16次新闻发布会。'])), []);
  });

  it('reads past white space and filler words to the verb, and skips figures of another year', () => {
    const warns = (line: string) => sums(report([first, line])).map((f) => f.message.zh.slice(0, 24));
    assert.equal(warns('2020年已经先后召开了 16次新闻发布会。').length, 1);
    assert.equal(warns('今年共计召开\u00a016次新闻发布会。').length, 1);
    assert.deepEqual(warns('2019年召开16次新闻发布会。'), []);
    assert.deepEqual(warns('与2019年相比，召开16次新闻发布会。'), []);
  });
});

describe('prose-sum: documents', () => {
  it('runs on work plans too', () => {
    const plan = ['测试区2021年政务公开工作要点', '', '一、总体要求', '全年共开展培训8场，其中线上培训3场、线下培训6场。', ''].join('\n');
    const f = sums(plan);
    assert.equal(f.length, 1);
    assert.match(f[0].message.zh, /3\+6 = 9场 ≠ 8场/);
  });

  it('ignores table lines', () => {
    assert.deepEqual(sums(report(['\t共收到申请50件，其中线上20件、线下31件。'])), []);
  });
});
