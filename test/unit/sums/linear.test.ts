import { strict as assert } from 'assert';
import { report, sums } from './helpers';

/** Inputs built to make a careless scanner quadratic or a backtracking regex explode (about 100 KB each). */
const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));
export const PATHOLOGICAL: Record<string, string> = {
  digits: fill('1'),
  'digits with dots': fill('1.'),
  'thousands separators': fill('1,000'),
  'total after total': fill('共1件，'),
  'one long list': '共10件，其中' + fill('1件，'),
  'one long 、-list': fill('1件、') + '，其中1件、1件',
  'one long 、-list of parts': '共10件，其中' + fill('1件、'),
  'one long clause of shares': '共10件，其中1件' + fill('占1%'),
  'markers only': fill('其中'),
  'marker after every number': fill('1件其中'),
  'marker and list': fill('共1件，其中1件、'),
  'respectively': fill('共1件，分别为1件、'),
  'open brackets': fill('1件（'),
  'nested brackets': fill('1件（') + fill('）'),
  'closed brackets': fill('1件（1件、1件）'),
  'shares': fill('1件，占1%，'),
  'approximations': fill('约1余件'),
  'no punctuation': fill('共召开1场新闻发布会'),
  'restated totals': Array.from({ length: SIZE / 12 }, (_, i) => `共召开${i}场新闻发布会。`).join(''),
  'years before every figure': fill('2019年共召开1场新闻发布会，'),
  'digits without units': fill('2020年1月'),
  'white space before every figure': fill('共召开 \u00a0 1场新闻发布会，'),
  'long bracket': '共10件（' + fill('甲') + '1件、1件）',
};

describe('prose-sum stays linear on pathological input', () => {
  for (const [name, line] of Object.entries(PATHOLOGICAL)) {
    it(name, function () {
      this.timeout(20000);
      const text = report(line);
      const t0 = performance.now();
      sums(text);
      const ms = performance.now() - t0;
      // A quadratic pass over 100 KB takes tens of seconds; a linear one a few hundred milliseconds at most.
      assert.ok(ms < 5000, `${name}: ${ms.toFixed(0)} ms`);
    });
  }
});
