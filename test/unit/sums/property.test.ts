import { strict as assert } from 'assert';
import fc from 'fast-check';
import { report, sums } from './helpers';

/**
 * Generated itemised sentences. A sentence is pieces of text and numbered slots, so a test can change one
 * figure and know which one it changed.
 */
type Piece = string | { readonly slot: number };

const LABELS = ['城建国土方面', '科教文卫方面', '公路交通方面', '农业畜牧方面', '水务方面', '城市管理方面', '社会保障方面', '生态环境方面', '其他方面'];
const UNITS = ['件', '条', '次', '场', '个', '项', '人次', '篇'];
const SHAPES = ['其中，', '其中', '其中：', '包括', '分为', 'colon', 'next-sentence', 'respectively', 'compound', 'implicit', 'bracket'] as const;
type Shape = (typeof SHAPES)[number];

interface Sentence {
  readonly pieces: readonly Piece[];
  readonly values: readonly number[];
  /** slots holding the total (one, or two for a 、-list total) */
  readonly totalSlots: number;
  readonly shape: Shape;
}

/**
 * The severity the rule owes a changed sentence: parts above the total are an error; parts below it only a
 * warning unless the list says it is complete (分别为); a list without a marker is always a warning.
 */
function severityFor(s: Sentence, slot: number, delta: number): 'error' | 'warning' {
  if (s.shape === 'implicit') return 'warning';
  const partsExceed = slot < s.totalSlots ? delta < 0 : delta > 0;
  return partsExceed || s.shape === 'respectively' ? 'error' : 'warning';
}

function render(s: Sentence, values = s.values): string {
  return s.pieces.map((p) => (typeof p === 'string' ? p : String(values[p.slot]))).join('');
}

/** Slot 0 (and 1 for a 、-list total) hold the total; the parts follow. */
function sentence(shape: Shape, parts: readonly number[], unit: string, sep: string, split: number): Sentence {
  const total = parts.reduce((a, b) => a + b, 0);
  const pieces: Piece[] = [];
  const values: number[] = [];
  const slot = (v: number) => {
    values.push(v);
    pieces.push({ slot: values.length - 1 });
  };
  const items = (joiner: string) =>
    parts.forEach((v, i) => {
      if (i > 0) pieces.push(joiner);
      pieces.push(LABELS[i]);
      slot(v);
      pieces.push(unit);
    });
  if (shape === 'compound') {
    const first = Math.min(split, total);
    pieces.push('全年承办代表议案');
    slot(first);
    pieces.push(`${unit}、建议`);
    slot(total - first);
    pieces.push(`${unit}，其中，`);
    items(sep);
  } else {
    pieces.push('全年共受理群众来信');
    slot(total);
    pieces.push(unit);
    if (shape === 'respectively') {
      pieces.push('，', parts.map((_, i) => LABELS[i]).join('、'), '分别为');
      parts.forEach((v, i) => {
        if (i > 0) pieces.push('、');
        slot(v);
        pieces.push(unit);
      });
    } else if (shape === 'bracket') {
      pieces.push('（');
      items('、');
      pieces.push('）');
    } else {
      pieces.push(shape === 'colon' ? '：' : shape === 'next-sentence' ? '。其中，' : shape === 'implicit' ? '，' : `，${shape}`);
      items(sep);
    }
  }
  pieces.push('。');
  return { pieces, values, totalSlots: shape === 'compound' ? 2 : 1, shape };
}

const arbSentence = fc
  .record({
    shape: fc.constantFrom(...SHAPES),
    parts: fc.array(fc.nat(500), { minLength: 2, maxLength: 8 }),
    unit: fc.constantFrom(...UNITS),
    sep: fc.constantFrom('，', '、', '；'),
    split: fc.nat(1000),
  })
  // A 共-list without a marker is read only when its clauses are separated by commas or semicolons.
  .map(({ shape, parts, unit, sep, split }) => sentence(shape, parts, unit, shape === 'implicit' && sep === '、' ? '，' : sep, split));

/** A changed figure: any slot, any non-zero amount that keeps it a count. */
const arbChange = (s: Sentence) =>
  fc.record({ slot: fc.nat(s.values.length - 1), delta: fc.integer({ min: -600, max: 600 }).filter((d) => d !== 0) }).filter(({ slot, delta }) => s.values[slot] + delta >= 0);

describe('prose-sum properties', () => {
  it('a generated itemised sentence that adds up gives no finding', () => {
    fc.assert(
      fc.property(arbSentence, (s) => {
        assert.deepEqual(sums(report(render(s))), [], render(s));
      }),
      { numRuns: 300 },
    );
  });

  it('changing any one part or the total by a non-zero amount gives exactly one prose-sum finding, on that sentence', () => {
    fc.assert(
      fc.property(
        arbSentence.chain((s) => fc.tuple(fc.constant(s), arbChange(s))),
        ([s, { slot, delta }]) => {
          const values = s.values.map((v, i) => (i === slot ? v + delta : v));
          const line = render(s, values);
          const text = report(line);
          const f = sums(text);
          assert.equal(f.length, 1, line);
          const start = text.indexOf(line);
          assert.ok(f[0].range.start >= start && f[0].range.end <= start + line.length, line);
          assert.equal(f[0].severity, severityFor(s, slot, delta), line);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('nested: a changed leaf gives one finding; a changed part that has parts of its own gives two', () => {
    const arb = fc.record({
      inner: fc.array(fc.nat(300), { minLength: 2, maxLength: 4 }),
      outer: fc.array(fc.nat(300), { minLength: 1, maxLength: 4 }),
      at: fc.nat(4),
      delta: fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0),
      target: fc.nat(20),
    });
    fc.assert(
      fc.property(arb, ({ inner, outer, at, delta, target }) => {
        // outer parts, one of which (the parent) is itemised in a bracket
        const parent = inner.reduce((a, b) => a + b, 0);
        const tops = [...outer];
        const p = at % (tops.length + 1);
        tops.splice(p, 0, parent);
        const total = tops.reduce((a, b) => a + b, 0);
        // figures in order of writing: total, then tops with the inner list after the parent
        const figures: { value: number; role: 'total' | 'parent' | 'leaf' }[] = [{ value: total, role: 'total' }];
        tops.forEach((v, i) => {
          figures.push({ value: v, role: i === p ? 'parent' : 'leaf' });
          if (i === p) for (const x of inner) figures.push({ value: x, role: 'leaf' });
        });
        const write = (vals: number[]) => {
          let k = 1;
          const parts = tops.map((_, i) => {
            const head = `${LABELS[i]}${vals[k++]}条`;
            if (i !== p) return head;
            return `${head}（${inner.map((__, j) => `${LABELS[j + 4]}${vals[k++]}条`).join('、')}）`;
          });
          return `财政资金信息${vals[0]}条，其中${parts.join('、')}。`;
        };
        const base = figures.map((f) => f.value);
        assert.deepEqual(sums(report(write(base))), []);
        const t = target % figures.length;
        if (base[t] + delta < 0) return;
        const changed = base.map((v, i) => (i === t ? v + delta : v));
        const f = sums(report(write(changed)));
        assert.equal(f.length, figures[t].role === 'parent' ? 2 : 1, write(changed));
      }),
      { numRuns: 300 },
    );
  });

  it('amounts in 万元 rounded each on its own never give a finding; beyond the rounding they give one', () => {
    const arb = fc.record({
      // true amounts in 1/10000 万元 (one 元)
      truth: fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 2, maxLength: 6 }),
      decimals: fc.integer({ min: 0, max: 2 }),
      slot: fc.nat(7),
      sign: fc.constantFrom(1, -1),
      extra: fc.nat(20),
    });
    fc.assert(
      fc.property(arb, ({ truth, decimals, slot, sign, extra }) => {
        const unit = 10 ** (4 - decimals);
        const round = (v: number) => Math.floor(v / unit + 0.5); // half up, in units of the last decimal
        const show = (n: number) => (decimals === 0 ? String(n) : `${Math.trunc(n / 10 ** decimals)}.${String(n % 10 ** decimals).padStart(decimals, '0')}`);
        const figures = [round(truth.reduce((a, b) => a + b, 0)), ...truth.map(round)];
        const write = (f: number[]) => `全年共投入资金${show(f[0])}万元，其中${f.slice(1).map((v, i) => `${LABELS[i]}${show(v)}万元`).join('、')}。`;
        assert.deepEqual(sums(report(write(figures))), [], write(figures));
        // n parts and the total are each off by at most half a unit: n + 2 units is beyond any rounding.
        const s = slot % figures.length;
        const delta = sign * (truth.length + 2 + extra);
        if (figures[s] + delta < 0) return;
        const changed = figures.map((v, i) => (i === s ? v + delta : v));
        assert.equal(sums(report(write(changed))).length, 1, write(changed));
      }),
      { numRuns: 300 },
    );
  });
});
