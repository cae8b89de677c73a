import { strict as assert } from 'assert';
import fc from 'fast-check';
import { scan } from '../../../server/src/core/rules/sums/scan';
import { WHITE_SPACE } from '../../../server/src/core/rules/sums/chars';
import { findItemisations } from '../../../server/src/core/rules/sums/itemise';
import { readMentions } from '../../../server/src/core/rules/sums/restated';

// The scan records what the restatement check used to search each paragraph for again; what it records
// must cover every place that search found.
const paragraph = fc.string({
  unit: fc.constantFrom('2019', '2024', '１９', '12', '3', ',', '.', '．', '年', '度', '件', '其中', '（', '）', '，', '。', ' ', '\u3000', '\u00a0', '收到', '同比'),
  maxLength: 40,
});

describe('prose-sum scan: what it records for the restatement check', () => {
  it('every 年 right after four ASCII digits is a year mark, in order', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const marks = scan(text).yearMarks;
        assert.deepEqual([...marks], [...marks].sort((a, b) => a - b));
        for (let at = text.indexOf('年', 4); at !== -1; at = text.indexOf('年', at + 1)) {
          if (/^[0-9]{4}$/.test(text.slice(at - 4, at))) assert.ok(marks.includes(at), `${JSON.stringify(text)} @${at}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('hasWhiteSpace says whether the paragraph holds any white space', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const any = [...text].some((c) => WHITE_SPACE[c.charCodeAt(0)] === 1);
        assert.equal(scan(text).hasWhiteSpace, any);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Offsets in the results of the readers (event indices such as `close` are not offsets). */
const OFFSET_FIELDS = new Set(['at', 'end', 'start', 'fullEnd', 'clauseStart']);

/** `x` with every offset moved by `by`: what a reading of a slice says in the offsets of the whole text. */
function moved(x: unknown, by: number, key = ''): unknown {
  if (typeof x === 'number') return OFFSET_FIELDS.has(key) || key === 'yearMarks' ? x + by : x;
  if (Array.isArray(x)) return x.map((v) => moved(v, by, key === 'yearMarks' ? key : ''));
  if (x instanceof Set) return new Set([...x].map((v) => v + by));
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, moved(v, by, k)]));
  return x;
}

describe('prose-sum scan: a paragraph read in place in the text reads as its own string does', () => {
  // The neighbours of a paragraph are other lines: text that could join a number, a marker, a filler word or
  // a year across the line break if anything looked past it.
  const line = fc.array(
    fc.constantFrom('2019', '12', '3', '1,200', '.5', '年', '度', '件', '条', '万元', '%', '余', '约', '超过', '前', '第', '至', '其中', '分别为', '包括', '共', '合计', '全年', '召开', '新闻发布会', '上年', '同比', '等', '占', '（', '）', '，', '、', '：', '；', '。', ' ', '\u00a0'),
    { maxLength: 24 },
  ).map((pieces) => pieces.join(''));
  const document = fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r')), { minLength: 1, maxLength: 4 });

  it('events, year marks, itemisations and mentions are those of the line alone, moved to its offset', () => {
    fc.assert(
      fc.property(document, fc.constantFrom(undefined, 2019, 2020), (lines, year) => {
        const text = lines.map(([l, br]) => l + br).join('');
        let start = 0;
        for (const [l, br] of lines) {
          const inPlace = scan(text, start, start + l.length);
          const alone = scan(l);
          assert.deepEqual(moved({ events: inPlace.events, yearMarks: inPlace.yearMarks }, 0), moved({ events: alone.events, yearMarks: alone.yearMarks }, start));
          assert.equal(inPlace.hasWhiteSpace, alone.hasWhiteSpace);
          const found = findItemisations(inPlace);
          const foundAlone = findItemisations(alone);
          assert.deepEqual(found, moved(foundAlone, start));
          assert.deepEqual(readMentions(inPlace, found.parts, year), moved(readMentions(alone, foundAlone.parts, year), start));
          start += l.length + br.length;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a list at the end of its line is not made partial by a 等 on the next line', () => {
    const text = '共收到5件，其中甲2件，乙3件\n等待处理。';
    const list = '共收到5件，其中甲2件，乙3件';
    const inPlace = findItemisations(scan(text, 0, list.length)).itemisations;
    assert.equal(inPlace.length, 1);
    assert.equal(inPlace[0].exhaustive, findItemisations(scan(list)).itemisations[0].exhaustive);
    assert.equal(inPlace[0].exhaustive, true);
  });
});
