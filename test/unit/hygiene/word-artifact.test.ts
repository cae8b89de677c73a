import { strict as assert } from 'assert';
import { byRule } from '../../helpers/lint';
import { covered, fixed, fixedAll, report, workPlan } from './helpers';

describe('word-artifact', () => {
  it('flags an image placeholder with a local path as an error and removes its whole line', () => {
    const text = report('第一段。', '[image: D:\\素材\\图1.png]', '第二段。');
    const [f] = byRule(text, 'word-artifact');
    assert.equal(f.severity, 'error');
    assert.match(f.message.zh, /图片占位符.*文件路径/);
    assert.equal(fixed(text, f), report('第一段。', '第二段。'));
  });

  it('flags an image placeholder without a path as a warning (the figure is lost)', () => {
    const text = report('第一段。', '[image: image7.png]', '第二段。');
    const [f] = byRule(text, 'word-artifact');
    assert.equal(f.severity, 'warning');
    assert.equal(fixed(text, f), report('第一段。', '第二段。'));
  });

  it('removes only the bracket when text shares the line, and keeps a table cell', () => {
    const text = report('全年发布信息[bookmark: OLE_LINK1]100条。', '\t行政事业性收费', '\t48', '\t[bookmark: _GoBack]+3');
    assert.deepEqual(covered(text, 'word-artifact'), ['[bookmark: OLE_LINK1]', '[bookmark: _GoBack]']);
    assert.equal(fixedAll(text, 'word-artifact'), report('全年发布信息100条。', '\t行政事业性收费', '\t48', '\t+3'));
  });

  it('flags footnote and comment markers, naming what they are', () => {
    const text = report('公开100条[footnote: 数据来自平台]。', '[comment: 张科长：此处再核实]');
    const found = byRule(text, 'word-artifact');
    assert.equal(found.length, 2);
    assert.match(found[0].message.zh, /脚注/);
    assert.match(found[1].message.zh, /批注/);
  });

  it('flags a PAGE field with its cached value on the next line, and removes both lines', () => {
    const text = workPlan('（一）做好公开。', '', 'PAGE  ', '48', '');
    const [f] = byRule(text, 'word-artifact');
    assert.equal(text.slice(f.range.start, f.range.end), 'PAGE  \n48\n');
    assert.match(f.message.zh, /页码域代码/);
    assert.equal(fixed(text, f), workPlan('（一）做好公开。', '', ''));
  });

  it('flags inline field codes and keeps the display text after them', () => {
    const text = report('详见HYPERLINK "http://www.example.gov.cn" 门户网站。', '第 PAGE \\* MERGEFORMAT 3 页', '目录 TOC \\o "1-3" \\h \\z 正文');
    assert.deepEqual(covered(text, 'word-artifact'), ['HYPERLINK "http://www.example.gov.cn" ', 'PAGE \\* MERGEFORMAT ', 'TOC \\o "1-3" \\h \\z ']);
    assert.equal(fixedAll(text, 'word-artifact'), report('详见门户网站。', '第 3 页', '目录 正文'));
  });

  it('flags zero-width spaces, soft hyphens, a stray BOM and private-use glyphs, but not a leading BOM', () => {
    const text = '\ufeff' + report('政务\u200b公开', '信息\u00ad公开', '年度\ufeff报告', '\uf06c 主动公开');
    const found = byRule(text, 'word-artifact');
    assert.deepEqual(found.map((f) => f.message.en.match(/U\+[0-9A-F]{4}/)![0]), ['U+200B', 'U+00AD', 'U+FEFF', 'U+F06C']);
    assert.equal(fixedAll(text, 'word-artifact'), '\ufeff' + report('政务公开', '信息公开', '年度报告', ' 主动公开'));
  });

  it('leaves ordinary text, English words and bracketed notes alone', () => {
    const text = report('本页（PAGE）说明。', '[注：数据截至年底]', 'HYPERLINK 一词不带引号时不是域代码。', '共48页。');
    assert.deepEqual(byRule(text, 'word-artifact'), []);
  });
});
