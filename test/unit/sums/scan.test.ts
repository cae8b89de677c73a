import { strict as assert } from 'assert';
import fc from 'fast-check';
import { scan } from '../../../server/src/core/rules/sums/scan';
import { WHITE_SPACE } from '../../../server/src/core/rules/sums/chars';

// The scan records what the restatement check used to search each paragraph for again; what it records
// must cover every place that search found.
const paragraph = fc.string({
  unit: fc.constantFrom('2019', '2024', '１９', '12', '3', ',', '.', '．', '年', '度', '件', '其中', '（', '）', '，', '。', ' ', '\u3000', '\u00a0', '收到', '同比'),
  maxLength: 40,
});

describe('prose-sum scan: what it records for the restatement check', () => {
  it('every 年 right after four ASCII digits is a year mark, in order', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const marks = scan(text).yearMarks;
        assert.deepEqual([...marks], [...marks].sort((a, b) => a - b));
        for (let at = text.indexOf('年', 4); at !== -1; at = text.indexOf('年', at + 1)) {
          if (/^[0-9]{4}$/.test(text.slice(at - 4, at))) assert.ok(marks.includes(at), `${JSON.stringify(text)} @${at}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('hasWhiteSpace says whether the paragraph holds any white space', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const any = [...text].some((c) => WHITE_SPACE[c.charCodeAt(0)] === 1);
        assert.equal(scan(text).hasWhiteSpace, any);
      }),
      { numRuns: 3000 },
    );
  });
});
