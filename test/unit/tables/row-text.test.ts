import { strict as assert } from 'assert';
import fc from 'fast-check';
import { RawCell, RawRow } from '../../../server/src/core/model/types';
import { ROW_WORDS_PATTERNS } from '../../../server/src/core/tables/interpret';
import { isCountText, rowText, RowTexts, wordsEnd } from '../../../server/src/core/tables/row-text';
import { ROW_TEXT_PATTERNS } from '../../../server/src/core/tables/table-kind';
import { fcParams } from '../robustness/arbitraries';
import { labelKeyReference } from '../text/label-key-reference';

// Row texts leave out the count cells at the ends of a row: that rests on every pattern read on them
// matching only from and to a character that is not a digit. Checked here for each pattern, and the row
// texts against the whole row's key.


const PATTERNS = [...ROW_TEXT_PATTERNS, ...ROW_WORDS_PATTERNS];

/** The words of the patterns, whole and in pieces, with digits, signs and the characters keys change. */
const PIECES = [
  '本年新收', '上年结转', '办理结果', '申请人情况', '第二十条', '第二十条第', '第二十条第(一)项', '第二十条第(九)项', '(五)项', '信息内容',
  '行政许可', '行政处罚', '规范性文件', '行政复议', '行政诉讼', '结果维持', '直接起诉', '复议后起诉', '逾期', '不补正', '补正', '缴纳费用',
  '其他处理', '本年制发件数', '本年新制作数量', '本年增/减', '其他对外管理服务事项', '政府集中采购', '采购总金额', '采购项目数量', '本年',
  '第', '项', '(', ')', '一', '九', '0', '12', '+3', '-', '.', '/', ' ', 'x', '。',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));
const digits = fc.stringMatching(/^\d{0,4}$/);

describe('row texts: the count cells at the ends of a row change no pattern answer', () => {
  it('every pattern matches a text with digits before and after it exactly when it matches the text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), text, digits, digits, (re, x, before, after) => {
        assert.equal(re.test(before + x + after), re.test(x), `${re} on ${before}|${x}|${after}`);
        // The section caption's number is read from its first match.
        assert.deepEqual(re.exec(x + after)?.slice(1), re.exec(x)?.slice(1));
      }),
      fcParams(5000),
    );
  });

  it('no kind or format pattern matches across a line break', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROW_TEXT_PATTERNS), text, text, (re, a, b) => assert.equal(re.test(`${a}\n${b}`), re.test(a) || re.test(b))),
      fcParams(3000),
    );
  });
});

const cellText = fc.oneof(
  text,
  fc.stringMatching(/^\d{0,3}$/),
  fc.constantFrom('', '（一）', '“信息内容”', '\u3000本年新收', '[bookmark: _GoBack]', '[bookmark:', ' x]', '［', '１２', '+3'),
);
const cell = (t: string): RawCell => ({ text: t, range: { start: 0, end: 0 }, segments: undefined });
const rows = fc.array(fc.array(cellText, { maxLength: 7 }), { maxLength: 6 }).map((rs) => rs.map((texts): RawRow => ({ cells: texts.map(cell), range: { start: 0, end: 0 } })));

describe('row texts', () => {
  it('every pattern answers on a row text as on the key of the whole row', () => {
    fc.assert(
      fc.property(fc.array(cellText, { maxLength: 8 }), (texts) => {
        const row: RawRow = { cells: texts.map(cell), range: { start: 0, end: 0 } };
        const whole = labelKeyReference(texts.join(' '));
        const own = rowText(row);
        for (const re of ROW_TEXT_PATTERNS) assert.equal(re.test(own), re.test(whole), `${re} on ${JSON.stringify(texts)}`);
      }),
      fcParams(3000),
    );
  });

  it('wordsEnd: only count cells after it, and not one just before it', () => {
    fc.assert(
      fc.property(fc.array(cellText, { maxLength: 8 }), (texts) => {
        const end = wordsEnd(texts.map(cell));
        assert.ok(texts.slice(end).every(isCountText));
        if (end > 0) assert.ok(!isCountText(texts[end - 1]));
      }),
      fcParams(2000),
    );
  });

  it('RowTexts gives each row its text, asked in any order', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.nat(10)), (rs, asks) => {
        const texts = new RowTexts(rs);
        for (const i of asks) if (i < rs.length) assert.equal(texts.at(i), rowText(rs[i]));
        for (let i = 0; i < rs.length; i++) assert.equal(texts.at(i), rowText(rs[i]));
      }),
      fcParams(1000),
    );
  });
});
