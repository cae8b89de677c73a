import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../../server/src/core/model/build';
import { splitSentences } from '../../../server/src/core/prose/sentences';
import { readTokens } from '../../../server/src/core/prose/tokens';
import { LineIndex } from '../../../server/src/core/text/line-index';
import { labelKey, SPACE_CLASS } from '../../../server/src/core/text/normalize';
import { fcParams, reportishText } from './arbitraries';

// The speed work replaced a few hot functions with character loops; each is checked here against the
// straightforward version it replaced, on arbitrary text.

const ANY_SPACE = new RegExp(`[${SPACE_CLASS}]`, 'g');
function labelKeyReference(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(ANY_SPACE, '')
    .replace(/[“”"「」]/g, '"')
    .replace(/．/g, '.');
}

function linesReference(text: string) {
  const out: { start: number; end: number; next: number; text: string }[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ start, end: m.index, next: m.index + m[0].length, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, next: text.length, text: text.slice(start) });
  return out;
}

const labelChars = fc.string({ unit: fc.constantFrom(...'（）一 　\u00a0ａ１[]［］bookmark:：“”「」"．.\u200b\ufeff\u2002\u2003\u2009\t x申请'), maxLength: 40 });

describe('robustness: fast paths agree with the plain versions', () => {
  it('labelKey', () => {
    fc.assert(fc.property(fc.oneof(labelChars, reportishText), (s) => assert.equal(labelKey(s), labelKeyReference(s))), fcParams(2000));
  });

  it('LineIndex lines', () => {
    fc.assert(
      fc.property(fc.oneof(reportishText, fc.string({ unit: fc.constantFrom('\r', '\n', 'a', '\r\n') })), (text) => {
        assert.deepEqual(
          new LineIndex(text).lines.map(({ start, end, next, text: t }) => ({ start, end, next, text: t })),
          linesReference(text),
        );
      }),
      fcParams(500),
    );
  });

  it('partOf finds the part whose range holds the offset, as a linear search does', () => {
    fc.assert(
      fc.property(reportishText, (text) => {
        const model = parseReport(text, { assumeReport: true });
        for (let off = 0; off <= text.length; off += Math.max(1, text.length >> 6)) {
          assert.equal(model.partOf(off), model.parts.find((p) => p.range.start <= off && off <= p.range.end));
        }
      }),
      fcParams(200),
    );
  });

  it('splitSentences keeps every sentence inside its span, trimmed, in order', () => {
    fc.assert(
      fc.property(reportishText, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          assert.equal(s.text, text.slice(s.range.start, s.range.end));
          assert.ok(s.range.start >= last && s.range.end > s.range.start);
          last = s.range.end;
        }
      }),
      fcParams(300),
    );
  });

  it('readTokens reads a figure from its character codes as Number() reads its text', () => {
    const figure = fc.tuple(fc.stringMatching(/^[1-9]\d{0,14}$/), fc.option(fc.stringMatching(/^\d{1,13}$/), { nil: undefined })).map(([whole, frac]) => (frac === undefined ? whole : `${whole}.${frac}`.slice(0, 15)));
    fc.assert(
      fc.property(figure, fc.constantFrom('%', '件'), (digits, unit) => {
        if (unit === '件' && digits.includes('.')) unit = '%';
        const [sentence] = splitSentences(`占比为${digits}${unit}。`);
        const [token] = readTokens(sentence);
        assert.equal(token.digits, digits);
        assert.ok(Object.is(token.value, Number(digits)), `${digits}: ${token.value} ≠ ${Number(digits)}`);
      }),
      fcParams(5000),
    );
  });
});
