import { strict as assert } from 'assert';
import fc from 'fast-check';
import { keyStartsWithNumber, labelKey } from '../../../server/src/core/text/normalize';
import { ANNUAL_REPORTS, corpusText } from '../../helpers/corpus';
import { fcParams } from '../robustness/arbitraries';

// keyStartsWithNumber keys a text only when it holds a digit; checked against keying every text.
const reference = (text: string) => /^[+\-]?\d/.test(labelKey(text));

const label = fc.string({
  unit: fc.constantFrom(...'（一）予以公开１２０9 　+-＋－“”．.[［]x'.split(''), '[bookmark: _GoBack]', '[bookmark: 1]', '\u00a0', '\u200b'),
  maxLength: 12,
});

describe('keyStartsWithNumber', () => {
  it('agrees with testing the label key of arbitrary labels', () => {
    fc.assert(fc.property(fc.oneof(label, fc.string({ maxLength: 8 })), (s) => assert.equal(keyStartsWithNumber(s), reference(s))), fcParams(5000));
  });

  it('agrees on every cell of the corpus reports', () => {
    let numbers = 0;
    for (const name of ANNUAL_REPORTS) {
      for (const line of corpusText(name).split(/\r\n|\r|\n/)) {
        const cell = line.trim();
        assert.equal(keyStartsWithNumber(cell), reference(cell), cell);
        if (reference(cell)) numbers++;
      }
    }
    assert.ok(numbers > 100, `${numbers} cells that start with a number`);
  });
});
