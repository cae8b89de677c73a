import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../../server/src/core/model/build';
import { SpanSet } from '../../../server/src/core/rules/hygiene/common';
import { markerOverlaps } from '../../../server/src/core/rules/hygiene/punctuation';
import { fcParams } from '../robustness/arbitraries';

// punctuation searches the heading markers in the model instead of a SpanSet of them all: the search
// relies on the headings being in document order with increasing marker ends, checked here on parsed
// documents against the SpanSet it replaced.

/** Headings of every level (some with half-width parentheses, as punctuation meets them), prose and blank lines. */
const LINES = ['一、总体情况', '二、主动公开政府信息情况', '（一）依申请公开(含网上)', '（二）平台建设', '1.制度建设', '2、 工作机制'];
const LINE = fc.constantFrom(...LINES, '（1）人员', '四、 行政复议', '本年度共收到申请 12 件(其中网上 3 件)。', '', '   ');

describe('markerOverlaps agrees with a SpanSet of the heading markers', () => {
  it('on parsed documents and arbitrary ranges', () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(600), fc.nat(8)), { minLength: 1, maxLength: 20 }), (lines, ranges) => {
        const model = parseReport(lines.join('\n'));
        const old = new SpanSet(model.headings.map((h) => ({ start: h.markerRange.start, end: h.markerRange.end + 1 })));
        for (const [start, length] of ranges) {
          const r = { start, end: start + length };
          assert.equal(markerOverlaps(model.headings, r), old.overlaps(r), `${JSON.stringify(lines)} ${start}+${length}`);
        }
      }),
      fcParams(3000),
    );
  });
});
