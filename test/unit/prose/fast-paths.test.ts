import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../../server/src/core/model/build';
import { proseSentences, Sentence, SentenceLevel, splitSentences } from '../../../server/src/core/prose/sentences';
import { readTokens } from '../../../server/src/core/prose/tokens';
import { parseStated, percentRounded, percentTruncated } from '../../../server/src/core/prose/rounding';
import { SPACE_CLASS } from '../../../server/src/core/text/normalize';
import { fcParams, reportishText } from '../robustness/arbitraries';

// The prose layer reads sentences and number tokens with character-code loops, and rounds percentages in
// doubles where they are exact; each is checked here against the straightforward version it replaced (sets,
// regular expressions, BigInt), on arbitrary input.

const SPACE = new RegExp(`[${SPACE_CLASS}]`);
const PERIOD = new Set(['。', '！', '？', '!', '?']);
const SEMICOLON = new Set(['；', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', "'"]);

/** Where runs of ASCII digits start. */
function digitRuns(text: string): number[] {
  return [...text.matchAll(/[0-9]+/g)].map((m) => m.index!);
}

function splitReference(text: string, span = { start: 0, end: text.length }, level: SentenceLevel = 'semicolon', firstLine?: number): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number, line: number) => {
    while (start < end && SPACE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
    if (end > start) out.push({ range: { start, end }, text: text.slice(start, end), line, digitRuns: digitRuns(text.slice(start, end)) });
  };
  let line = firstLine ?? 0;
  if (firstLine === undefined) for (let i = 0; i < span.start; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) line++;
  let start = span.start;
  let depth = 0;
  let i = span.start;
  while (i < span.end) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      push(start, i, line);
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      start = i;
      depth = 0;
      continue;
    }
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    if (!PERIOD.has(c) && !(level === 'semicolon' && depth === 0 && SEMICOLON.has(c))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < span.end && (PERIOD.has(text[end]) || CLOSERS.has(text[end]))) end++;
    push(start, end, line);
    if (PERIOD.has(c)) depth = 0;
    start = i = end;
  }
  push(start, span.end, line);
  return out;
}

const TOKEN = /(?<![\d.])(\d+(?:\.\d+)?)([ \u00a0]?)(件次|人次|件|个|条|项|次|篇|期|场|家|%|％)/g;
const GLUED_BEFORE = /[\d.．A-Za-z\-－—~～/第]/;
const APPROXIMATE_BEFORE = /(?:约|近|逾|超过|超|大约|将近|不到|不足)$/;

function tokensReference(sentence: Sentence) {
  const out = [];
  const text = sentence.text;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const [, digits, space, unit] = m;
    const at = m.index;
    if (at > 0 && GLUED_BEFORE.test(text[at - 1])) continue;
    if (APPROXIMATE_BEFORE.test(text.slice(Math.max(0, at - 4), at))) continue;
    const percent = unit === '%' || unit === '％';
    if (!percent && digits.includes('.')) continue;
    const start = sentence.range.start + at;
    out.push({
      kind: percent ? 'percent' : 'count',
      range: { start, end: start + digits.length },
      fullRange: { start, end: start + digits.length + space.length + unit.length },
      digits,
      value: Number(digits),
      unit: percent ? '%' : unit,
      index: at,
    });
  }
  return out;
}

/** Text made of what the sentence splitter and the token reader react to. */
const proseText = fc
  .array(
    fc.constantFrom(
      ...['。', '！', '？', '!', '?', '；', ';', '”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', "'", '（', '(', '，', '\n', '\r', '\r\n'],
      ...[' ', '\t', '\u00a0', '\u3000', '\u2002', '\u2003', '\u2009', '\u200b', '\ufeff', '\u2028'],
      ...['1', '23', '4.5', '.', '．', '0', '件', '件次', '人次', '人', '次', '个', '条', '项', '篇', '期', '场', '家', '%', '％', '元'],
      ...['约', '近', '逾', '超过', '超', '大约', '将近', '不到', '不足', '过', '到', '足', '不', 'H', 'z', '-', '－', '—', '~', '～', '/', '第', '占', '同比'],
    ),
    { maxLength: 80, size: 'max' },
  )
  .map((parts) => parts.join(''));

const plain = (list: readonly Sentence[]) => list.map((s) => ({ range: s.range, text: s.text, line: s.line, digitRuns: s.digitRuns }));

const roundedReference = (num: number, den: number, k: number) => (2n * BigInt(num) * 100n * 10n ** BigInt(k) + BigInt(den)) / (2n * BigInt(den));
const truncatedReference = (num: number, den: number, k: number) => (BigInt(num) * 100n * 10n ** BigInt(k)) / BigInt(den);

/** Counts small and large: the double arithmetic must give way to BigInt exactly where it could be off. */
const count = fc.oneof(fc.nat(200), fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(2 ** 53 - 1, 2 ** 52 + 1, 45035996273704));

describe('prose: fast paths agree with the plain versions', () => {
  it('percentRounded and percentTruncated (doubles where exact, BigInt beyond)', () => {
    fc.assert(
      fc.property(count, count, fc.nat(24), (num, den, k) => {
        fc.pre(den > 0);
        assert.equal(percentRounded(num, den, k), roundedReference(num, den, k));
        assert.equal(percentTruncated(num, den, k), truncatedReference(num, den, k));
      }),
      fcParams(5000),
    );
    // every share a report of up to 150 requests can state, at the usual decimals
    for (let den = 1; den <= 150; den++) {
      for (let num = 0; num <= den; num++) {
        for (const k of [0, 1, 2, 3]) {
          assert.equal(percentRounded(num, den, k), roundedReference(num, den, k));
          assert.equal(percentTruncated(num, den, k), truncatedReference(num, den, k));
        }
      }
    }
  });

  it('parseStated (through a double where exact)', () => {
    const digits = fc.stringMatching(/^\d{1,25}$/);
    fc.assert(
      fc.property(digits, fc.option(digits, { nil: undefined }), (int, frac) => {
        const text = frac === undefined ? int : `${int}.${frac}`;
        assert.deepEqual(parseStated(text), { scaled: BigInt(int + (frac ?? '')), decimals: frac?.length ?? 0, text });
      }),
      fcParams(3000),
    );
  });

  it('splitSentences at both levels, with and without a span', () => {
    fc.assert(
      fc.property(fc.oneof(proseText, reportishText), fc.nat(), fc.nat(), (text, a, b) => {
        const span = { start: Math.min(a, b) % (text.length + 1), end: 0 };
        span.end = span.start + (Math.max(a, b) % (text.length - span.start + 1));
        for (const level of ['semicolon', 'period'] as const) {
          assert.deepEqual(plain(splitSentences(text, undefined, { level })), splitReference(text, undefined, level));
          assert.deepEqual(plain(splitSentences(text, span, { level })), splitReference(text, span, level));
          assert.deepEqual(plain(splitSentences(text, span, { level, firstLine: 7 })), splitReference(text, span, level, 7));
        }
      }),
      fcParams(1000),
    );
  });

  it('proseSentences splits each prose line at both levels as splitSentences does', () => {
    fc.assert(
      fc.property(fc.oneof(proseText, reportishText), (text) => {
        const model = parseReport(text, { assumeReport: true });
        for (const level of ['semicolon', 'period'] as const) {
          const expected = model.lines.lines
            .filter((l) => model.lineKinds[l.number] === 'prose' || model.lineKinds[l.number] === 'heading')
            .flatMap((l) => splitReference(text, { start: l.start, end: l.end }, level, l.number));
          assert.deepEqual(plain(proseSentences(model, level)), expected);
        }
      }),
      fcParams(300),
    );
  });

  it('trims exactly the layout spaces of SPACE_CLASS', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (c === 10 || c === 13 || PERIOD.has(ch) || SEMICOLON.has(ch) || CLOSERS.has(ch) || ch === '（' || ch === '(') continue;
      const [s] = splitSentences(`${ch}甲${ch}`);
      assert.equal(s.text === '甲', SPACE.test(ch), `U+${c.toString(16)}`);
    }
  });

  it('readTokens', () => {
    fc.assert(
      fc.property(fc.oneof(proseText, reportishText), (text) => {
        for (const s of splitSentences(text)) assert.deepEqual(readTokens(s), tokensReference(s));
      }),
      fcParams(2000),
    );
  });
});
