import { strict as assert } from 'assert';
import fc from 'fast-check';
import { readHeadings } from '../../../server/src/core/model/headings';
import { LineKind } from '../../../server/src/core/model/types';
import { LineIndex } from '../../../server/src/core/text/line-index';
import { fcParams } from '../robustness/arbitraries';

// readHeadings finds the end of a title by a bounded scan; checked against the plain reading it replaced.
function titleReference(rest: string): string {
  const stop = rest.search(/[。：:；;！？]/);
  const title = (stop >= 0 ? rest.slice(0, stop) : rest).trimEnd();
  return title.length > 40 ? title.slice(0, 40) : title;
}

const rest = fc.string({ unit: fc.constantFrom('字', ' ', '\u3000', '\t', '\u00a0', '。', '：', '；', 'a'), maxLength: 90 });

describe('readHeadings: titles', () => {
  it('ends the title at a run-in stop, without trailing space, at most 40 characters', () => {
    fc.assert(
      fc.property(rest, (r) => {
        const lines = new LineIndex(`一、${r}`);
        const kinds: LineKind[] = ['prose'];
        const [h] = readHeadings(lines, kinds);
        const title = titleReference(r);
        assert.equal(h.title, title.trim());
        assert.deepEqual(h.titleRange, { start: 0, end: 2 + title.length });
      }),
      fcParams(3000),
    );
  });

  it('trims a title cut at 40 characters in the middle of white space', () => {
    // Random titles seldom reach 40 characters without a stop, so the cut is pinned here.
    for (const r of [`${'字'.repeat(39)} 字字`, `${'字'.repeat(38)}\u3000\u3000字`, ` ${'字'.repeat(38)}  字`]) {
      const [h] = readHeadings(new LineIndex(`一、${r}`), ['prose']);
      const title = titleReference(r);
      assert.equal(h.title, title.trim());
      assert.deepEqual(h.titleRange, { start: 0, end: 2 + title.length });
    }
  });
});
