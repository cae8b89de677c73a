import { strict as assert } from 'assert';
import { parseReport } from '../../../server/src/core/model/build';
import { proseSentences, sentenceAt, splitSentences } from '../../../server/src/core/prose/sentences';
import { CORPUS, corpusText } from '../../helpers/corpus';
import { syntheticReport } from './synthetic';

const texts = (t: string, level?: 'semicolon' | 'period') => splitSentences(t, undefined, { level }).map((s) => s.text);

describe('sentence splitter', () => {
  it('splits at 。；; and keeps enumerating commas inside a sentence; ranges slice to the text', () => {
    const t = '  收到申请12件，同比下降5%。予以公开5件，占35.71%；部分公开6件;其中，结果维持2件，纠正2件 ';
    const got = splitSentences(t);
    assert.deepEqual(
      got.map((s) => s.text),
      ['收到申请12件，同比下降5%。', '予以公开5件，占35.71%；', '部分公开6件;', '其中，结果维持2件，纠正2件'],
    );
    for (const s of got) assert.equal(t.slice(s.range.start, s.range.end), s.text);
  });

  it('period level keeps a semicolon enumeration together', () => {
    assert.deepEqual(texts('在答复的申请中：予以公开63件，占54.3%；部分公开3件，占2.6%。结转5件。', 'period'), [
      '在答复的申请中：予以公开63件，占54.3%；部分公开3件，占2.6%。',
      '结转5件。',
    ]);
  });

  it('a semicolon inside parentheses does not split; a period closes an unbalanced one', () => {
    assert.deepEqual(texts('答复14件（含上年结转2件；其中1件已办结），予以公开5件。（未闭合。下一句；再一句'), [
      '答复14件（含上年结转2件；其中1件已办结），予以公开5件。',
      '（未闭合。',
      '下一句；',
      '再一句',
    ]);
  });

  it('closing quotes and brackets stay with the sentence they close; repeated stops are one end', () => {
    assert.deepEqual(texts('他说“已全部答复。”随后结束！？还有（附注。）完'), ['他说“已全部答复。”', '随后结束！？', '还有（附注。）', '完']);
  });

  it('never crosses a line break (LF, CRLF, CR) and counts lines', () => {
    const got = splitSentences('第一行没有句号\r\n第二行。第二句\n\n第四行\r第五行');
    assert.deepEqual(
      got.map((s) => [s.text, s.line]),
      [
        ['第一行没有句号', 0],
        ['第二行。', 1],
        ['第二句', 1],
        ['第四行', 3],
        ['第五行', 4],
      ],
    );
  });

  it('splits a span of a larger text with document offsets and the line given or counted', () => {
    const t = '标题\n正文一。正文二；\n尾';
    const start = t.indexOf('正文');
    const span = { start, end: t.indexOf('\n尾') };
    for (const got of [splitSentences(t, span), splitSentences(t, span, { firstLine: 1 })]) {
      assert.deepEqual(
        got.map((s) => [t.slice(s.range.start, s.range.end), s.line]),
        [
          ['正文一。', 1],
          ['正文二；', 1],
        ],
      );
    }
  });

  it('reads prose and run-in heading lines of a report, not the title or the tables, and caches per model', () => {
    const text = syntheticReport({ part3: '全年共收到申请3件。予以公开3件。', requests: { newReceived: 3, granted: 3 } });
    const model = parseReport(text);
    const all = proseSentences(model);
    assert.equal(proseSentences(model), all);
    assert.ok(all.some((s) => s.text === '全年共收到申请3件。'));
    assert.ok(all.some((s) => s.text.startsWith('（一）主动公开。')));
    assert.ok(!all.some((s) => s.text.includes('年度报告')), 'the title is not prose');
    assert.ok(!all.some((s) => s.text.includes('|')), 'table rows are not prose');
    const target = all.find((s) => s.text === '予以公开3件。')!;
    assert.equal(sentenceAt(all, target.range.start + 2), target);
    assert.equal(sentenceAt(all, target.range.end), target);
    assert.equal(sentenceAt(all, model.tableOf('requests')!.range.start + 3), undefined);
  });

  it('splits the corpus paragraph of linzi-office-2024 into its statements', () => {
    const model = parseReport(corpusText(CORPUS.linziOffice2024));
    const got = proseSentences(model).map((s) => s.text);
    assert.ok(got.includes('2024年共收到政府信息公开申请12件，同比下降55.55%。'));
    assert.ok(got.some((s) => s.startsWith('作出政府信息公开申请答复14件') && s.endsWith('无法提供3件，占21.44%；')));
    assert.ok(got.includes('结转下年度继续办理0件。'));
    assert.ok(proseSentences(model, 'period').some((s) => s.text.startsWith('作出政府信息公开申请答复14件（含上年结转2件），其中予以公开5件') && s.text.endsWith('结转下年度继续办理0件。')));
  });
});
