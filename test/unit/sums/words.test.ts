import { strict as assert } from 'assert';
import fc from 'fast-check';
import { exponentFor, exceeds, meets, partsFit, sumSpan } from '../../../server/src/core/rules/sums/interval';
import { scan } from '../../../server/src/core/rules/sums/scan';
import { Quantity } from '../../../server/src/core/rules/sums/quantity';
import { leadingFillerEnd, OTHER_PERIOD, PART_WORDS, phraseOf, TOTAL_WORDS } from '../../../server/src/core/rules/sums/restated';
import { WordLists, Words } from '../../../server/src/core/rules/sums/words';
import { hasStrongTotal } from '../../../server/src/core/rules/sums/itemise';

// The restatement check reads its word lists in place, where it used to test regular expressions on slices
// (and on a clause and a noun joined), and sums counts as plain numbers, where it used BigInt intervals.
// Each is pinned here to the version it replaced.

const RUNS = { numRuns: 3000 };

/** Texts over the characters of the words, so that words, near misses and overlaps are common. */
const textOver = (chars: string, maxLength = 16) => fc.string({ unit: fc.constantFrom(...Array.from(chars)), maxLength });
/** Bounds inside the text, as the readers pass them. */
const bounds = (t: string) => fc.tuple(fc.nat(t.length), fc.nat(t.length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

/** The regular expression /w1|w2|…/ the word list stood for (the words hold no metacharacters). */
const alternation = (words: readonly string[], flags = '') => new RegExp(words.join('|'), flags);

describe('prose-sum word lists: agree with the regular expressions they replaced', () => {
  const words = fc.uniqueArray(textOver('甲乙丙丁', 3).filter((w) => w.length > 0), { minLength: 1, maxLength: 6 });

  it('Words.within says what /w1|w2|…/.test(slice) says, for any bounds', () => {
    fc.assert(
      fc.property(words, textOver('甲乙丙丁戊'), fc.nat(20), fc.nat(20), (ws, t, a, b) => {
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        assert.equal(new Words(ws).within(t, from, to), alternation(ws).test(t.slice(from, to)));
      }),
      RUNS,
    );
  });

  it('Words.at matches what the sticky /w1|w2|…/y matches at a position of the text cut there', () => {
    fc.assert(
      fc.property(words, textOver('甲乙丙丁戊'), fc.nat(20), fc.nat(20), (ws, t, at, to) => {
        const re = alternation(ws, 'y');
        re.lastIndex = at;
        const m = at <= Math.min(to, t.length) ? re.exec(t.slice(0, to)) : null;
        assert.equal(new Words(ws).at(t, at, to), m?.[0]);
      }),
      RUNS,
    );
  });

  it('Words.within of the first stretch, then beyondFirst, say what the pattern says of the two slices joined', () => {
    const texts = textOver('甲乙丙丁戊', 24).chain((t) => fc.tuple(fc.constant(t), bounds(t), bounds(t)));
    fc.assert(
      fc.property(words, texts, (ws, [t, [aFrom, aTo], [bFrom, bTo]]) => {
        const list = new Words(ws);
        const joined = list.within(t, aFrom, aTo) || list.beyondFirst(t, aFrom, aTo, bFrom, bTo);
        assert.equal(joined, alternation(ws).test(t.slice(aFrom, aTo) + t.slice(bFrom, bTo)));
      }),
      RUNS,
    );
  });

  it('WordLists.within sets the bit of each list whose within says so, for any bounds', () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 4 }), textOver('甲乙丙丁戊', 24), fc.nat(26), fc.nat(26), (lists, t, a, b) => {
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const expected = lists.reduce((bits, ws, k) => bits | (alternation(ws).test(t.slice(from, to)) ? 1 << k : 0), 0);
        assert.equal(new WordLists(lists.map((ws) => new Words(ws))).within(t, from, to), expected);
      }),
      RUNS,
    );
  });

  it('the restatement lists agree with their old patterns', () => {
    const lists: [Words, RegExp, string][] = [
      [PART_WORDS, /其中|其余|另有|包括/, '其中余另有包括甲'],
      [TOTAL_WORDS, /共|合计|总计|累计|全年|全县|全区|全市|全镇/, '共合计总累全年县区市镇甲'],
      [OTHER_PERIOD, /同比|上年|去年|上一年|较|比上|环比/, '同比上年去一较环甲'],
    ];
    for (const [list, re, chars] of lists) {
      fc.assert(
        fc.property(textOver(chars, 12), textOver(chars, 12), (clause, noun) => {
          const t = `${clause}12件${noun}`;
          const nounStart = clause.length + 3;
          assert.equal(list.within(t, 0, clause.length), re.test(clause));
          assert.equal(list.within(t, 0, clause.length) || list.beyondFirst(t, 0, clause.length, nounStart, t.length), re.test(clause + noun));
        }),
        RUNS,
      );
    }
  });
});

/** The leading filler as it was matched: a sticky regular expression tried on the phrase. */
const LEADING_FILLER = /(?:[0-9０-９]{4}年度?|今年|全年|本年度?|年内|当年|目前|全县|全区|全市|全镇|全省|共计|共有|累计|总计|合计|一共|已经|已|成功|先后|共|[一二三四五六七八九十]是|在|并|还|又|同时)/y;
const TRAILING_FILLER = /(?:共计|共有|累计|一共|达到|共|达|为|了|有|约)$/;

/** phraseOf as it was: the phrase sliced, white space replaced, filler matched by the patterns above. */
function slicedPhrase(text: string, from: number, to: number, spaced: boolean): string {
  let s = text.slice(from, to);
  if (spaced) s = s.replace(/[\s\u00a0]/g, '');
  let start = 0;
  for (let i = 0; i < 8; i++) {
    LEADING_FILLER.lastIndex = start;
    if (!LEADING_FILLER.test(s)) break;
    start = LEADING_FILLER.lastIndex;
  }
  let end = s.length;
  for (let i = 0; i < 4; i++) {
    const m = TRAILING_FILLER.exec(s.slice(start, end));
    if (!m) break;
    end -= m[0].length;
  }
  return s.slice(start, end);
}

describe('prose-sum phrases: read in place as they were sliced', () => {
  const chars = '2019０年度今全本内当目前县区市镇省共计有累总合一已经成功先后是在并还又同时达到为了约召开会 \u3000\u00a0';

  it('leadingFillerEnd ends where the sticky pattern ends, on the text cut at `to`', () => {
    fc.assert(
      fc.property(textOver(chars, 14), fc.nat(16), fc.nat(16), (t, at, to) => {
        const cut = t.slice(0, to);
        LEADING_FILLER.lastIndex = at;
        const expected = at <= cut.length && LEADING_FILLER.test(cut) ? LEADING_FILLER.lastIndex : -1;
        assert.equal(leadingFillerEnd(t, at, Math.min(to, t.length)), expected);
      }),
      RUNS,
    );
  });

  it('phraseOf gives the phrase the slicing version gave, spaced or not', () => {
    fc.assert(
      fc.property(textOver(chars, 20).chain((t) => fc.tuple(fc.constant(t), bounds(t))), fc.boolean(), ([t, [from, to]], spaced) => {
        // The scan says a paragraph is spaced when it holds white space anywhere: a phrase of a spaced one may have none.
        assert.equal(phraseOf(t, from, to, spaced), slicedPhrase(t, from, to, spaced));
      }),
      RUNS,
    );
  });
});

describe('prose-sum sums: counts added as plain numbers fit as their intervals do', () => {
  /** Figures as the scan reads them: counts, amounts, percentages, rounded or not. */
  const figure = fc.oneof(
    fc.nat(2000).map((n) => `${n}件`),
    fc.bigInt({ min: 0n, max: 10n ** 14n }).map((n) => `${n}条`),
    fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a}.${b}万元`),
    fc.tuple(fc.nat(100), fc.nat(9)).map(([a, b]) => `${a}.${b}%`),
    fc.nat(500).map((n) => `${n}元`),
  );
  const quantities = (n: number) => fc.array(figure, { minLength: 1, maxLength: n }).map((fs) => scan(fs.join('，')).events.flatMap((e) => (e.kind === 'q' ? [e.q] : [])));

  it('partsFit agrees with the span comparison for any parts and totals', () => {
    fc.assert(
      fc.property(quantities(6), quantities(2), fc.boolean(), (parts: Quantity[], totals: Quantity[], exhaustive) => {
        const e = Math.max(exponentFor(totals), exponentFor(parts));
        const p = sumSpan(parts, e);
        const t = sumSpan(totals, e);
        assert.equal(partsFit(parts, totals, exhaustive, e), exhaustive ? meets(p, t) : !exceeds(p, t));
      }),
      RUNS,
    );
  });

  it('partsFit agrees on lists of counts that add up, or miss by one', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10 ** 6), { minLength: 1, maxLength: 8 }), fc.integer({ min: -1, max: 1 }), fc.boolean(), (ns, miss, exhaustive) => {
        const total = ns.reduce((a, b) => a + b, 0) + miss;
        if (total < 0) return;
        const qs = scan([total, ...ns].map((n) => `${n}件`).join('，')).events.flatMap((e) => (e.kind === 'q' ? [e.q] : []));
        const [t, ...parts] = qs;
        const e = exponentFor(qs);
        assert.equal(partsFit(parts, [t], exhaustive, e), exhaustive ? meets(sumSpan(parts, e), sumSpan([t], e)) : !exceeds(sumSpan(parts, e), sumSpan([t], e)));
      }),
      RUNS,
    );
  });
});

describe('prose-sum totals: the stated-total test agrees with the pattern on the slice', () => {
  const STRONG_TOTAL = /合计|总计|总共|共计|(?<![公总])共(?![同享建性识产青济赢治鸣通])/;
  it('hasStrongTotal, over the characters of the words and what may stand around them', () => {
    const texts = fc.string({ unit: fc.constantFrom(...Array.from('合计总共公同享甲乙，')), maxLength: 60 });
    fc.assert(
      fc.property(texts, fc.nat(60), fc.nat(60), (t, a, b) => {
        const [clauseStart, start] = [Math.min(a, b, t.length), Math.min(Math.max(a, b), t.length)];
        const q = { start, clauseStart } as Quantity;
        assert.equal(hasStrongTotal(t, q), STRONG_TOTAL.test(t.slice(Math.max(clauseStart, start - 40), start)));
      }),
      RUNS,
    );
  });
});
