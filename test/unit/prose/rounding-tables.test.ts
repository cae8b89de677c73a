import { strict as assert } from 'assert';
import fc from 'fast-check';
import { hundredScaled, pow10 } from '../../../server/src/core/prose/rounding';

// The powers of ten the share and 同比 checks scale by are read from tables made once, where each check
// computed them as BigInts: the tables must give what the computation gave, inside them and beyond.
describe('prose rounding: the tables of powers of ten', () => {
  it('pow10 and hundredScaled agree with 10n ** k and 100n * 10n ** k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (k) => {
        assert.equal(pow10(k), 10n ** BigInt(k));
        assert.equal(hundredScaled(k), 100n * 10n ** BigInt(k));
      }),
      { numRuns: 500 },
    );
  });
});
