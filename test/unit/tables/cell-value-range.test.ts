import { strict as assert } from 'assert';
import fc from 'fast-check';
import { rawCell, sourceOffset, toCell } from '../../../server/src/core/tables/cells';
import { readCell } from '../../../server/src/core/text/numbers';
import { TextRange } from '../../../server/src/core/text/range';
import { fcParams } from '../robustness/arbitraries';

// toCell takes a whole-cell count's range without mapping its offsets; checked against mapping them always.
function referenceValueRange(text: string, range: TextRange, segments: TextRange[] | undefined): TextRange | undefined {
  const span = readCell(text).valueSpan;
  if (!span) return undefined;
  const cell = rawCell(text, range, segments);
  return { start: sourceOffset(cell, span[0]), end: sourceOffset(cell, span[1], true) };
}

const cellText = fc.string({ unit: fc.constantFrom(...'0123456789１２,.+-亿万元 　/无x'.split(''), '[bookmark: _GoBack]'), maxLength: 10 });

/** A cell of one piece (its range as long as its text, or empty), or of pieces that add up to its text. */
const cell = fc.tuple(cellText, fc.nat(1000), fc.array(fc.nat(4), { maxLength: 3 }), fc.boolean()).map(([text, at, cuts, empty]) => {
  if (cuts.length === 0) return { text, range: { start: at, end: empty && text === '' ? at : at + text.length }, segments: undefined };
  const segments: TextRange[] = [];
  let from = 0;
  let pos = at;
  for (const cut of [...cuts, text.length]) {
    const to = Math.min(text.length, from + cut);
    segments.push({ start: pos, end: pos + (to - from) });
    pos += to - from + 2;
    from = to;
  }
  return { text, range: { start: segments[0].start, end: segments[segments.length - 1].end }, segments };
});

describe('toCell: value ranges', () => {
  it('agree with mapping the value span through the source pieces', () => {
    fc.assert(
      fc.property(cell, ({ text, range, segments }) => {
        const read = toCell(rawCell(text, range, segments), undefined);
        assert.deepEqual(read.valueRange, referenceValueRange(text, range, segments));
        // A whole-cell count of one piece shares the cell's range.
        if (read.valueRange && !segments && read.valueRange.start === range.start && read.valueRange.end === range.end) assert.equal(read.valueRange, range);
      }),
      fcParams(5000),
    );
  });
});
