import { strict as assert } from 'assert';
import fc from 'fast-check';
import { isBlank, isWhiteSpace, leadingSpace, SPACE_CLASS, trimSpace } from '../../../server/src/core/text/normalize';
import { fcParams } from '../robustness/arbitraries';

// The helpers read character codes against a table; each is checked against the regular expression
// over SPACE_CLASS that it stands for.
const EDGE_SPACE = new RegExp(`^[${SPACE_CLASS}]+|[${SPACE_CLASS}]+$`, 'g');
const BLANK = new RegExp(`^[${SPACE_CLASS}]*$`);
const LEADING = new RegExp(`^[${SPACE_CLASS}]*`);

const spacey = fc.string({ unit: fc.constantFrom(...' \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff\u2028\r\nx文'), maxLength: 12 });

describe('normalize: layout space', () => {
  it('counts exactly the characters of SPACE_CLASS as layout space', () => {
    const one = new RegExp(`^[${SPACE_CLASS}]$`);
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      assert.equal(isBlank(s), one.test(s), `U+${c.toString(16)}`);
    }
  });

  it('isBlank, trimSpace and leadingSpace agree with the regular expressions', () => {
    fc.assert(
      fc.property(spacey, (s) => {
        assert.equal(isBlank(s), BLANK.test(s));
        assert.equal(trimSpace(s), s.replace(EDGE_SPACE, ''));
        assert.equal(leadingSpace(s), LEADING.exec(s)![0].length);
      }),
      fcParams(2000),
    );
  });

  it('isWhiteSpace flags exactly what \\s matches', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isWhiteSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });
});
