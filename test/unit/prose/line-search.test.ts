import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../../server/src/core/model/build';
import { ReportModel } from '../../../server/src/core/model/types';
import { forProseLinesHolding, proseLinesMatching } from '../../../server/src/core/prose/line-search';
import { MAY_HOLD_QUANTITY, quantityLines } from '../../../server/src/core/prose/quantity-lines';
import { lineSentences, proseSentences } from '../../../server/src/core/prose/sentences';
import { CLAIMS } from '../../../server/src/core/prose/phrases';
import { CORPUS, corpusText } from '../../helpers/corpus';
import { fcParams, reportishText } from '../robustness/arbitraries';

// The readers of prose numbers find their lines by searching the text between tables, and split only the
// lines they read. Each is checked here against the plain version it replaced: every prose line asked on
// its own, every prose line split.

const isProse = (m: ReportModel, n: number) => m.lineKinds[n] === 'prose' || m.lineKinds[n] === 'heading';
const proseLines = (m: ReportModel) => m.lines.lines.filter((l) => isProse(m, l.number));

/** Report-like text with tables, numbers with units and claim words on lines of their own. */
const PIECES = [
  '\n', '\r\n', '\r', '\n\n', '| 本年新收 | 12件 |\n', '| --- | --- |\n', '\t12\t3件\n', '一、总体情况\n', '（一）主动公开\n',
  '12', '１２', '3.5', ' ', '\u00a0', '余', '多', '万', '元', '件', '人次', '个', '%', '％', '年', '，', '。', '；',
  '自然人', '诉讼', '行政诉讼', '行政复议', '复议', '收到申请', '予以公开',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((p) => p.join('')),
  reportishText,
);
const models = fc.tuple(text, fc.boolean()).map(([t, assumeReport]) => parseReport(t, { assumeReport }));

describe('prose line search: agrees with asking every prose line', () => {
  it('proseLinesMatching finds the prose lines MAY_HOLD_QUANTITY matches', () => {
    const g = new RegExp(MAY_HOLD_QUANTITY.source, 'g');
    const check = (m: ReportModel) => {
      const expected = proseLines(m).filter((l) => MAY_HOLD_QUANTITY.test(l.text));
      assert.deepEqual(proseLinesMatching(m, g), expected);
      assert.deepEqual(quantityLines(m), expected);
    };
    fc.assert(fc.property(models, check), fcParams(1500));
    for (const name of Object.values(CORPUS)) check(parseReport(corpusText(name)));
  });

  it('forProseLinesHolding finds the prose lines holding a word, once each', () => {
    const words = [...new Set(CLAIMS.map((c) => c.required)), '12', '件'];
    fc.assert(
      fc.property(models, fc.constantFrom(...words), (m, word) => {
        const found: number[] = [];
        forProseLinesHolding(m, word, (line) => found.push(line.number));
        assert.deepEqual(found, proseLines(m).filter((l) => l.text.includes(word)).map((l) => l.number));
      }),
      fcParams(1500),
    );
  });

  it('lineSentences splits a line at both levels as proseSentences does', () => {
    fc.assert(
      fc.property(models, (m) => {
        for (const line of proseLines(m)) {
          const { semicolon, period } = lineSentences(m, line.number);
          assert.deepEqual(semicolon, proseSentences(m, 'semicolon').filter((s) => s.line === line.number));
          assert.deepEqual(period, proseSentences(m, 'period').filter((s) => s.line === line.number));
        }
      }),
      fcParams(500),
    );
  });
});
