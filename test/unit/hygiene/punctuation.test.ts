import { strict as assert } from 'assert';
import { byRule } from '../../helpers/lint';
import { covered, fixedAll, report } from './helpers';

describe('punctuation', () => {
  it('flags half-width , ; : between Chinese text (with a following space) and fixes each', () => {
    const text = report('发挥作用,推进改版;设置入口, 充分发挥作用:共3件,占比高。');
    assert.deepEqual(covered(text, 'punctuation'), [',', ';', ', ', ':', ',']);
    assert.equal(byRule(text, 'punctuation')[0].severity, 'information');
    assert.equal(fixedAll(text, 'punctuation'), report('发挥作用，推进改版；设置入口，充分发挥作用：共3件，占比高。'));
  });

  it('turns half-width parentheses in Chinese text into full-width ones, even around a document number', () => {
    const text = report('根据《通知》(国办公开办函〔2019〕60号)和其他规定(试行)编制。');
    assert.deepEqual(covered(text, 'punctuation'), ['(国办公开办函〔2019〕60号)', '(试行)']);
    assert.equal(fixedAll(text, 'punctuation'), report('根据《通知》（国办公开办函〔2019〕60号）和其他规定（试行）编制。'));
  });

  it('removes spaces around Chinese punctuation and between numbers and Chinese text', () => {
    const text = report('出台《目录》 。协调、 监督，“娱乐化”、 “空壳”。', '2021 年完成映射 2000 余次，问题 500 余处。');
    assert.deepEqual(covered(text, 'punctuation'), [' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ']);
    assert.equal(fixedAll(text, 'punctuation'), report('出台《目录》。协调、监督，“娱乐化”、“空壳”。', '2021年完成映射2000余次，问题500余处。'));
  });

  it('removes a no-break space next to Chinese text and makes it ordinary elsewhere', () => {
    const text = report('落实工作要求。\u00a0\u00a0二是编制目录。', '使用Windows\u00a0XP系统。');
    const found = byRule(text, 'punctuation');
    assert.match(found[0].message.zh, /不间断空格/);
    assert.equal(fixedAll(text, 'punctuation'), report('落实工作要求。二是编制目录。', '使用Windows XP系统。'));
  });

  it('leaves indentation, trailing spaces, tables, headings, English, numbers, URLs and paths alone', () => {
    const text = report(
      '    一、总体情况',
      '(一)主动公开。',
      '\u00a0\u00a0全年公开信息。  ',
      'Open data (beta), see http://www.example.gov.cn/a,b:c (new).',
      '比例为1:2，金额1,000万元，时间9:30。',
      '截图D:\\工作(终稿)\\图,1.png已删除。',
    );
    assert.deepEqual(covered(text, 'punctuation'), []);
  });
});
