import { strict as assert } from 'assert';
import fc from 'fast-check';
import { Heading, HeadingLevel } from '../../../server/src/core/model/types';
import { titleKey } from '../../../server/src/core/rules/structure/common';
import { markerIsCorrect } from '../../../server/src/core/rules/structure/markers';
import { labelKey } from '../../../server/src/core/text/normalize';
import { fcParams } from '../robustness/arbitraries';

// The structure rules read markers and titles by character code; each reading is checked against the
// regular expressions it replaced.

const FORMS: Record<HeadingLevel, RegExp> = {
  1: /^[一二三四五六七八九十]+、$/,
  2: /^（[一二三四五六七八九十]+）$/,
  3: /^[0-9]{1,2}[.．]$/,
  4: /^（[0-9]{1,2}）$/,
};
const STRAY = '、，,.．:：';

const marker = fc.string({ unit: fc.constantFrom('一', '三', '十', '百', '1', '2', '0', '１', '（', '）', '(', ')', '、', '.', '．', '，'), maxLength: 5 });

describe('structure fast paths agree with the regular expressions they replaced', () => {
  it('markerIsCorrect', () => {
    fc.assert(
      fc.property(marker, fc.constantFrom<HeadingLevel>(1, 2, 3, 4), fc.constantFrom(...'、，,.．:：a字 '), (m, level, after) => {
        const h = { level, marker: m } as Heading;
        const next = after.charCodeAt(0);
        assert.equal(markerIsCorrect(h, next), FORMS[level].test(m) && !STRAY.includes(after), `${level} ${m}${after}`);
      }),
      fcParams(20000),
    );
  });

  it('titleKey unifies 以及/和/及/与 into 、 as a global replace does', () => {
    const title = fc.string({ unit: fc.constantFrom('以', '及', '和', '与', '、', '公开', '情况', '。', '.', ' '), maxLength: 12 });
    fc.assert(
      fc.property(title, (t) => {
        const key = labelKey(t).replace(/[。.]+$/, '');
        assert.equal(titleKey(t), key.replace(/以及|和|及|与/g, '、'));
      }),
      fcParams(5000),
    );
  });
});
