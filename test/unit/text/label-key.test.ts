import { strict as assert } from 'assert';
import fc from 'fast-check';
import { joinedLabelKey, labelKey } from '../../../server/src/core/text/normalize';
import { fcParams } from '../robustness/arbitraries';
import { labelKeyReference } from './label-key-reference';

// labelKey keeps the keys it had to build, and joinedLabelKey reads a range of texts and joins their
// keys: both checked against the plain replacements on arbitrary labels.


const label = fc.string({ unit: fc.constantFrom(...'（一）予以公开１２ 　“”「」"．.[［]x'.split(''), '[bookmark: _GoBack]', '[bookmark:'), maxLength: 12 });

describe('labelKey: kept keys', () => {
  it('a key asked again is the same key', () => {
    fc.assert(
      fc.property(fc.array(label, { maxLength: 6 }), (labels) => {
        for (const s of [...labels, ...labels]) assert.equal(labelKey(s), labelKeyReference(s));
      }),
      fcParams(2000),
    );
  });

  it('keys stay right when the store is emptied, and long texts are keyed too', () => {
    for (let n = 0; n < 10_000; n++) {
      const s = `（${n}）予以公开`;
      assert.equal(labelKey(s), `(${n})予以公开`);
    }
    const long = '（一）'.repeat(50);
    assert.equal(labelKey(long), '(一)'.repeat(50));
    assert.equal(labelKey(long), '(一)'.repeat(50));
  });
});

describe('joinedLabelKey: a range of texts', () => {
  it('is the key of the texts of the range joined by spaces', () => {
    const texts = fc.array(fc.oneof(label, fc.constantFrom('[bookmark:', ' _GoBack]', '12', '')), { maxLength: 6 });
    fc.assert(
      fc.property(texts, fc.nat(6), fc.nat(6), (parts, a, b) => {
        const [from, to] = [Math.min(a, b, parts.length), Math.min(Math.max(a, b), parts.length)];
        const objects = parts.map((text) => ({ text }));
        assert.equal(joinedLabelKey(objects, from, to), labelKeyReference(parts.slice(from, to).join(' ')));
      }),
      fcParams(3000),
    );
  });
});
