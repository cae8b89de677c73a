import { strict as assert } from 'assert';
import { byRule } from '../../helpers/lint';
import { covered, fixedAll, report } from './helpers';

const cite = (n: string) => `按照《关于做好政务公开工作的通知》（${n}）要求执行。`;

describe('doc-number', () => {
  const wrongBrackets = ['[2019]', '［2019］', '【2019】', '(2019)', '（2019）', '﹝2019﹞', '〈2019〉', '{2019}'];
  for (const b of wrongBrackets) {
    it(`fixes the brackets of 国办公开办函${b}60号`, () => {
      const text = report(cite(`国办公开办函${b}60号`));
      const [f] = byRule(text, 'doc-number');
      assert.equal(f.severity, 'warning');
      assert.match(f.message.zh, /六角括号/);
      assert.equal(fixedAll(text, 'doc-number'), report(cite('国办公开办函〔2019〕60号')));
    });
  }

  it('fixes 第, leading zeros, a missing 号 and spaces, saying what was wrong', () => {
    const text = report(cite('国办发〔2020〕第50号'), cite('淄政发〔2021〕05号'), cite('临政办字〔2021〕19'), cite('淄政办字 〔2021〕 28号'));
    const found = byRule(text, 'doc-number');
    assert.deepEqual(
      found.map((f) => f.message.zh.split('：')[1]),
      ['发文顺序号不加“第”字', '发文顺序号不编虚位', '顺序号后应加“号”', '字号内不留空格'],
    );
    assert.equal(fixedAll(text, 'doc-number'), report(cite('国办发〔2020〕50号'), cite('淄政发〔2021〕5号'), cite('临政办字〔2021〕19号'), cite('淄政办字〔2021〕28号')));
  });

  it('reports a two-digit year without a fix (the century is a guess)', () => {
    const text = report(cite('国办发〔19〕60号'));
    const [f] = byRule(text, 'doc-number');
    assert.match(f.message.zh, /年份应标全称/);
    assert.equal(f.fix, undefined);
  });

  it('leaves correct numbers, court case numbers, lists and ordinary years in brackets alone', () => {
    const text = report(
      cite('国办公开办函〔2019〕60号'),
      cite('淄政办发明电〔2021〕9号'),
      '案号（2020）鲁0305行初12号。',
      '依据国办发〔2020〕50、51号文件。',
      '《条例》（2019年修订）和统计表(2020)12项。',
    );
    assert.deepEqual(covered(text, 'doc-number'), []);
  });
});
