import { strict as assert } from 'assert';
import { readCell } from '../../../server/src/core/text/numbers';

describe('readCell (NUM-1…NUM-3)', () => {
  const cases: [string, number | undefined, Partial<ReturnType<typeof readCell>>][] = [
    ['12', 12, { normalised: false }],
    ['0\u00a0', 0, { normalised: true }],
    ['１２３', 123, { normalised: true }],
    ['1,234', 1234, { normalised: true }],
    ['1，234', 1234, { normalised: true }],
    ['[bookmark: _GoBack]+3', 3, { bookmark: true, signed: true }],
    ['－116', -116, { signed: true }],
    ['5953.02496', 5953.02496, { fractional: true }],
    ['1.47亿', 1.47, { unit: '亿' }],
    ['251000元', 251000, { unit: '元' }],
    ['', undefined, { blank: true }],
    ['\u00a0', undefined, { blank: true }],
    ['/', undefined, { placeholder: true }],
    ['无', undefined, { placeholder: true }],
    ['约12', undefined, { junk: true }],
    ['12件左右', undefined, { junk: true }],
  ];
  for (const [raw, value, flags] of cases) {
    it(`reads ${JSON.stringify(raw)}`, () => {
      const r = readCell(raw);
      assert.equal(r.value, value);
      for (const [k, v] of Object.entries(flags)) assert.equal((r as unknown as Record<string, unknown>)[k], v, k);
    });
  }

  it('locates the number exactly inside the raw text', () => {
    const raw = '[bookmark: _GoBack]+3';
    const r = readCell(raw);
    assert.equal(raw.slice(...r.valueSpan!), '+3');
    const nb = '\u00a012\u00a0';
    assert.equal(nb.slice(...readCell(nb).valueSpan!), '12');
  });
});
