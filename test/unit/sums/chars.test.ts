import { strict as assert } from 'assert';
import fc from 'fast-check';
import { isBlank, isDigitCode, WHITE_SPACE } from '../../../server/src/core/rules/sums/chars';

/** The lookup tables stand in for regular expressions: they must agree on every UTF-16 code unit. */
describe('prose-sum character tables', () => {
  it('WHITE_SPACE holds exactly the characters of \\s', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(WHITE_SPACE[c] === 1, /\s/.test(String.fromCharCode(c)), c.toString(16));
  });

  it('isDigitCode holds exactly [0-9０-９], and is false past the end of a text', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isDigitCode(c), /[0-9０-９]/.test(String.fromCharCode(c)), c.toString(16));
    assert.equal(isDigitCode('1'.charCodeAt(1)), false);
  });

  it('isBlank says what /^\\s*$/ says of the slice, for any bounds', () => {
    const text = fc.string({ unit: fc.constantFrom(' ', '\u3000', '\u00a0', '\t', '\n', 'a', '件', '，', '1'), maxLength: 12 });
    fc.assert(
      fc.property(text, fc.nat(14), fc.nat(14), (t, from, to) => {
        assert.equal(isBlank(t, from, to), /^\s*$/.test(t.slice(from, to)));
      }),
      { numRuns: 2000 },
    );
  });
});
