import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../../server/src/core/model/build';
import { splitSentences } from '../../../server/src/core/prose/sentences';
import { readTokens } from '../../../server/src/core/prose/tokens';
import { readAgency } from '../../../server/src/core/model/document-facts';
import { LineIndex } from '../../../server/src/core/text/line-index';
import { joinedLabelKey, labelKey } from '../../../server/src/core/text/normalize';
import { fcParams, reportishText } from './arbitraries';
import { labelKeyReference } from '../text/label-key-reference';

// The speed work replaced a few hot functions with character loops; each is checked here against the
// straightforward version it replaced, on arbitrary text.

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

// readAgency without a title, as it was with patterns for the name before a report phrase and the full name.
function agencyReference(head: string): string | undefined {
  const patterns = [/本报告由(.{2,30}?)(?:按照|根据|依据|依照|编制)/, /([\u4e00-\u9fa5]{2,30}?)(?:19|20)\d{2}年度?政府信息公开工作年度报告/];
  for (const re of patterns) {
    const anchor = re === patterns[0] ? head.indexOf('本报告由') : head.indexOf('政府信息公开工作年度报告');
    if (anchor < 0) continue;
    const p = re.exec(head.slice(Math.max(0, anchor - 40), anchor + 60));
    if (p) return p[1];
  }
  const s =
    /(?:^|\n)[ \t\u3000]*(?:19|20)\d{2}\s*年度?[，,]\s*([\u4e00-\u9fa5]{2,24}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|政府|管理委员会|管委会|委员会|办公室|局))(?=[\u4e00-\u9fa5])/.exec(
      head,
    );
  return s ? s[1].replace(/([省市县区州旗])政府(办公室|办公厅)?$/, '$1人民政府$2') : undefined;
}

const AGENCY_PIECES = [
  '临淄', '区', '市', '旗', '人民', '政府', '办公室', '办公厅', '局', '的', '2020', '1999', '2021', '12', '年', '年度', '，', ' ', '\n', 'a',
  '政府信息公开工作年度报告', '本报告由', '编制', '临淄区政府临淄区政府临淄区政府临淄区政府临淄区政府',
];
const agencyWords = (maxLength: number) => fc.array(fc.constantFrom(...AGENCY_PIECES), { maxLength }).map((p) => p.join(''));
/** Runs of pieces with, now and then, a report phrase after a year or a year starting a sentence. */
const agencyHead = fc
  .array(
    fc.oneof(
      agencyWords(4),
      fc.tuple(agencyWords(6), fc.constantFrom('2020年', '2019年度', '1998年', '2021 年'), fc.constantFrom('政府信息公开工作年度报告', '')).map((p) => p.join('')),
      fc.tuple(fc.constantFrom('\n', '\n　', ''), fc.constantFrom('2020年，', '2021年度,', '2020年， '), agencyWords(6), fc.constantFrom('坚持', '')).map((p) => p.join('')),
    ),
    { maxLength: 6 },
  )
  .map((p) => p.join(''));

describe('robustness: fast paths agree with the plain versions', () => {
  it('readAgency without a title: the name before a report phrase, and the full name of a subject', () => {
    fc.assert(fc.property(agencyHead, (head) => assert.equal(readAgency(undefined, head), agencyReference(head))), fcParams(5000));
  });

  it('labelKey', () => {
    fc.assert(fc.property(fc.oneof(labelChars, reportishText), (s) => assert.equal(labelKey(s), labelKeyReference(s))), fcParams(2000));
  });
  it('joinedLabelKey: the key of texts joined by spaces, with bookmarks that span texts', () => {
    const texts = fc.array(fc.oneof(labelChars, fc.constantFrom('[bookmark:', ' _GoBack]', '12', '')), { maxLength: 6 });
    fc.assert(
      fc.property(texts, (parts) => assert.equal(joinedLabelKey(parts.map((text) => ({ text }))), labelKeyReference(parts.join(' ')))),
      fcParams(2000),
    );
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
