import { strict as assert } from 'assert';
import fc from 'fast-check';
import { performance } from 'perf_hooks';
import { RawRow } from '../../../server/src/core/model/types';
import { sourceOffset } from '../../../server/src/core/tables/cells';
import { RowTexts } from '../../../server/src/core/tables/row-text';
import { formatByContent, kindByContent } from '../../../server/src/core/tables/table-kind';
import { isAlignmentRow, isPipeLine } from '../../../server/src/core/tables/table-regions';
import { FormatId, FORMATS, TableKind } from '../../../server/src/core/templates';
import { labelKey } from '../../../server/src/core/text/normalize';
import { CellReading, readCell } from '../../../server/src/core/text/numbers';
import { fcParams, reportishText } from './arbitraries';

// The speed work on table reading replaced regular expressions and per-character strings with loops over
// character codes; each fast version is checked here against the straightforward version it replaced.

const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const PLACEHOLDER = /^(?:\/|-|—|－|–|无|空|\\)$/;
const NUMBER = /[+\-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
const UNIT = /^(?:亿元|亿|万元|万|千元|元|件|个|项|次|条|%)$/;

function readCellReference(raw: string): CellReading {
  if (/^\d{1,15}$/.test(raw)) {
    return { value: Number(raw), valueSpan: [0, raw.length], blank: false, placeholder: false, unit: undefined, signed: false, fractional: false, normalised: false, bookmark: false, junk: false };
  }
  const bookmark = new RegExp(BOOKMARK.source).test(raw);
  const chars: string[] = [];
  const origin: number[] = [];
  const stripped = raw.replace(BOOKMARK, (m) => '\u0000'.repeat(m.length));
  for (let i = 0; i < stripped.length; i++) {
    const c = stripped[i];
    if (c === '\u0000' || c === ' ' || c === '\u00a0' || c === '\u3000' || c === '\t' || c === '\u200b' || c === '\ufeff') continue;
    const code = c.charCodeAt(0);
    let h = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
    if (c === '\u2212') h = '-';
    chars.push(h);
    origin.push(i);
  }
  const text = chars.join('');
  const hadSpaces = text.length !== raw.replace(BOOKMARK, '').length;
  const base = { bookmark, normalised: bookmark || hadSpaces || /[\uff01-\uff5e]/.test(raw) || /,/.test(text) };
  const none = (blank: boolean, placeholder: boolean, junk: boolean) => ({ ...base, value: undefined, valueSpan: undefined, blank, placeholder, unit: undefined, signed: false, fractional: false, junk });
  if (text === '') return none(true, false, false);
  if (PLACEHOLDER.test(text)) return none(false, true, false);
  const m = NUMBER.exec(text);
  if (!m) return none(false, false, true);
  const after = text.slice(m.index + m[0].length);
  const unit = UNIT.test(after) ? after : undefined;
  const junk = m.index > 0 || (after !== '' && unit === undefined);
  return {
    ...base,
    value: junk ? undefined : Number(m[0].replace(/,/g, '')),
    valueSpan: junk ? undefined : [origin[m.index], origin[m.index + m[0].length - 1] + 1],
    blank: false,
    placeholder: false,
    unit,
    signed: /^[+\-]/.test(m[0]),
    fractional: m[0].includes('.'),
    junk,
  };
}

// Readings are serialised (reports, snapshots): the same fields in the same order, undefined ones included.
const ordered = (r: CellReading) => Object.keys(r).join(',');

const cellText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(...'0123456789０１２３,，.．+-−－–—/\\无空约件万亿元% \u00a0\u3000\t\u200b\ufeff\u0000[]［］ab'.split(''), '[bookmark: _GoBack]', '[bookmark:'),
    maxLength: 14,
  }),
  fc.stringMatching(/^\d{1,18}$/),
  reportishText.map((s) => s.slice(0, 40)),
  // Bookmark artifacts, several in a cell, closed or not, among numbers.
  fc.array(fc.constantFrom('[bookmark: _GoBack]', '[bookmark:', '[bookmark:]', ']', '[', '12', '1,234', '+3', ' ', 'x'), { maxLength: 6 }).map((p) => p.join('')),
);

describe('robustness: table reading fast paths agree with the plain versions', () => {
  it('readCell: every shared reading of a count up to 999, and the same digits with leading zeros', () => {
    for (let n = 0; n <= 1000; n++) {
      for (const raw of [String(n), `0${n}`, `00${n}`]) assert.equal(JSON.stringify(readCell(raw)), JSON.stringify(readCellReference(raw)), raw);
    }
  });

  it('sourceOffset: a cell of one piece without segments maps offsets as with its range as the one segment', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(40), fc.nat(60), fc.boolean(), (start, length, k, atEnd) => {
        const range = { start, end: start + length };
        assert.equal(sourceOffset({ text: '', range, segments: undefined }, k, atEnd), sourceOffset({ text: '', range, segments: [range] }, k, atEnd));
      }),
      fcParams(2000),
    );
  });

  it('readCell', () => {
    fc.assert(
      fc.property(cellText, (raw) => {
        const fast = readCell(raw);
        const reference = readCellReference(raw);
        assert.equal(JSON.stringify(fast), JSON.stringify(reference));
        assert.equal(ordered(fast), ordered(reference));
      }),
      fcParams(5000),
    );
  });
});

// ---------- table regions ----------

function isPipeLineReference(text: string): boolean {
  const t = text.trim();
  if (!t.endsWith('|')) return false;
  if (t.startsWith('|')) return t.length > 1;
  return (t.match(/\|/g) ?? []).length >= 2;
}

const ALIGNMENT_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

const pipeText = fc.string({ unit: fc.constantFrom('|', '-', ':', ' ', '\t', '\u3000', '\u00a0', '\u2028', 'a', '一'), maxLength: 24 });

describe('robustness: table region fast paths agree with the plain versions', () => {
  it('isPipeLine', () => {
    fc.assert(fc.property(fc.oneof(pipeText, reportishText), (s) => assert.equal(isPipeLine(s), isPipeLineReference(s))), fcParams(5000));
  });

  it('isAlignmentRow', () => {
    fc.assert(fc.property(fc.oneof(pipeText, reportishText), (s) => assert.equal(isAlignmentRow(s), ALIGNMENT_ROW.test(s))), fcParams(5000));
  });

  it('isAlignmentRow is linear where the pattern it replaced was quadratic', () => {
    const line = '|--' + ' '.repeat(100_000) + 'x|';
    const start = performance.now();
    assert.equal(isAlignmentRow(line), false);
    // The pattern took seconds on this line; a scan takes well under a millisecond.
    assert.ok(performance.now() - start < 200);
  });
});

// ---------- table kind and format ----------

function tableTextReference(rows: readonly RawRow[]): string {
  return rows.map((r) => labelKey(r.cells.map((c) => c.text).join(' '))).join('\n');
}

function kindReference(rows: readonly RawRow[]): TableKind | undefined {
  const text = tableTextReference(rows);
  if (/本年新收|上年结转|办理结果|申请人情况/.test(text)) return 'requests';
  if (/第二十条|信息内容|行政许可|行政处罚|规范性文件/.test(text)) return 'active';
  if (/行政复议|行政诉讼|结果维持|直接起诉|复议后起诉/.test(text)) return 'appeals';
  return undefined;
}

function formatReference(kind: TableKind | undefined, rows: readonly RawRow[]): FormatId | undefined {
  const text = tableTextReference(rows);
  if (kind === 'requests') return /逾期.*补正|缴纳费用/.test(text) ? '2021' : /其他处理/.test(text) ? '2019' : undefined;
  if (kind !== 'active') return undefined;
  let best: FormatId | undefined;
  let bestScore = 0;
  for (const f of FORMATS) {
    const score = f.fingerprints.filter((re) => re.test(text)).length;
    if (score > bestScore) [best, bestScore] = [f.id, score];
    else if (score === bestScore) best = undefined;
  }
  return best;
}

// Words of the patterns, split so that some fall across cells, with the characters label keys change.
const CELL_PIECES = [
  '本年', '新收', '上年结转', '办理', '结果', '申请人情况', '第二十条', '第（九）项', '信息内容', '行政许可', '规范性文件', '行政复议',
  '结果维持', '逾期', '不', '补正', '缴纳费用', '其他处理', '本年制发件数', '本年新制作数量', '本年增/减', '采购总金额', '政府集中采购',
  '12', '0', ' ', '\u3000', '\u00a0', '“', '「', '（', '）', '[bookmark:', ' x]', '［', '］', '/', '\n',
];
const rowsArbitrary = fc.array(fc.array(fc.array(fc.constantFrom(...CELL_PIECES), { maxLength: 4 }).map((p) => p.join('')), { minLength: 1, maxLength: 6 }), { maxLength: 8 }).map((rows) =>
  rows.map((texts): RawRow => ({ cells: texts.map((text) => ({ text, range: { start: 0, end: 0 }, segments: [] })), range: { start: 0, end: 0 } })),
);

describe('robustness: table kind and format read row by row agree with reading the joined table text', () => {
  it('kindByContent and formatByContent', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const kind = kindByContent(new RowTexts(rows));
        assert.equal(kind, kindReference(rows));
        for (const k of [kind, 'requests', 'active'] as const) assert.equal(formatByContent(k, new RowTexts(rows)), formatReference(k, rows));
        // As parseReport reads them: the texts read for the kind are kept for the format.
        const texts = new RowTexts(rows);
        assert.equal(kindByContent(texts), kind);
        for (const k of [kind, 'requests', 'active'] as const) assert.equal(formatByContent(k, texts), formatReference(k, rows));
      }),
      fcParams(3000),
    );
  });
});
