import { strict as assert } from 'assert';
import fc from 'fast-check';
import { readFileSync } from 'fs';
import * as path from 'path';
import { fixAllEdits, fixAllEditsWith } from '../../../server/src/core/features/fix-all';
import { applyEdits, fixAll } from '../../../server/src/core/fix/apply';
import { fixText, lint } from '../../../server/src/core/lint';
import { HYGIENE_RULES } from '../../../server/src/core/rules/hygiene';
import { Finding, TextEdit } from '../../../server/src/core/rules/types';
import { TextRange } from '../../../server/src/core/text/range';
import { corpusFiles, corpusText } from '../../helpers/corpus';
import { report } from '../hygiene/helpers';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/example-2023-annual-report.txt'), 'utf8');

function assertWellFormed(original: string, edits: readonly TextEdit[], fixed: string): void {
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].range.end < edits[i].range.start, `edits ${i - 1} and ${i} touch or overlap`);
  for (const e of edits) assert.notEqual(original.slice(e.range.start, e.range.end), e.newText, 'a no-op edit');
  assert.equal(applyEdits(original, edits), fixed);
}

/** The union of the ranges, merged and sorted. */
function union(ranges: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push({ ...r });
  }
  return out;
}

describe('fix-all on the corpus', function () {
  this.timeout(60000);
  for (const name of corpusFiles()) {
    const text = corpusText(name);
    it(`${name}: no fixable finding left; only characters inside findings change; the rest is byte-identical`, () => {
      const result = fixAllEdits(text);
      assert.ok(result.converged, 'no fixpoint');
      assert.equal(result.text, fixText(text).text, 'fix-all as edits differs from fixText');
      assertWellFormed(text, result.edits, result.text);
      assert.deepEqual(lint(result.text).findings.filter((f) => f.fix).map((f) => f.rule), [], 'fixable findings left');

      const fixable = lint(text).findings.filter((f) => f.fix);
      assert.ok(fixable.length > 0, 'the document has something to fix');
      const inside = union(fixable.map((f) => f.range));
      // Every changed character lies inside some finding's range (an insertion may sit on its edge).
      for (const e of result.edits) {
        assert.ok(
          inside.some((r) => r.start <= e.range.start && e.range.end <= r.end),
          `edit ${JSON.stringify(text.slice(e.range.start, e.range.end))} → ${JSON.stringify(e.newText)} at ${e.range.start} is outside every finding`,
        );
      }
      // Outside those ranges the text is byte-identical: map each gap through the edits and compare.
      let gapStart = 0;
      for (const r of [...inside, { start: text.length, end: text.length }]) {
        const gap = text.slice(gapStart, r.start);
        const shift = result.edits.filter((e) => e.range.end <= gapStart).reduce((d, e) => d + e.newText.length - (e.range.end - e.range.start), 0);
        assert.equal(result.text.slice(gapStart + shift, gapStart + shift + gap.length), gap, `text at ${gapStart} changed`);
        gapStart = r.end;
      }
      // Minimal: the edits change a few characters, not the document.
      const touched = result.edits.reduce((n, e) => n + (e.range.end - e.range.start) + e.newText.length, 0);
      assert.ok(touched < text.length / 20, `${touched} characters touched`);
    });
  }

  it('the bundled example needs two passes (a fixed total changes a percentage); its edits still compose exactly', () => {
    const result = fixAllEdits(EXAMPLE);
    assert.ok(result.converged);
    assert.ok(result.passes >= 2);
    assert.equal(result.text, fixText(EXAMPLE).text);
    assertWellFormed(EXAMPLE, result.edits, result.text);
    assert.deepEqual(lint(result.text).findings.filter((f) => f.fix), []);
  });

  it('a document without fixable findings gives no edits', () => {
    const clean = fixText(EXAMPLE).text;
    const result = fixAllEdits(clean);
    assert.deepEqual(result.edits, []);
    assert.equal(result.passes, 0);
    assert.equal(result.text, clean);
  });

  it('honours rules turned off: their findings stay unfixed', () => {
    const text = report('发挥作用,推进改版。', '[bookmark: _GoBack]第二段。');
    const result = fixAllEdits(text, { ruleSet: HYGIENE_RULES, rules: { punctuation: 'off' } });
    assert.equal(result.text, report('发挥作用,推进改版。', '第二段。'));
  });

  it('maps a second pass back onto the original: a comma next to debris is fixed once the debris is gone', () => {
    const text = report('发挥作用,[bookmark: _GoBack]推进改版。');
    const result = fixAllEdits(text, { ruleSet: HYGIENE_RULES });
    assert.equal(result.passes, 2);
    assert.equal(result.text, report('发挥作用，推进改版。'));
    assertWellFormed(text, result.edits, result.text);
    assert.deepEqual(
      result.edits.map((e) => [text.slice(e.range.start, e.range.end), e.newText]),
      [[',[bookmark: _GoBack]', '，']],
    );
  });
});

/** A toy rule set whose fixes interact across passes: "aa" → "a" (first per pass), "x" → "xy" unless followed by "y", "b" deleted before ",". */
function toyCheck(text: string): Finding[] {
  const out: Finding[] = [];
  const fix = (start: number, end: number, newText: string) =>
    out.push({ rule: 'toy', severity: 'information', range: { start, end }, message: { zh: '', en: '' }, fix: { title: { zh: '', en: '' }, edits: [{ range: { start, end }, newText }] } });
  const aa = text.indexOf('aa');
  if (aa >= 0) fix(aa, aa + 2, 'a');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === 'x' && text[i + 1] !== 'y') fix(i + 1, i + 1, 'y');
    if (text[i] === 'b' && text[i + 1] === ',') fix(i, i + 1, '');
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

describe('fix-all edits compose passes exactly', () => {
  it('on random texts the edits, applied to the original, give what fixAll gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'x', 'y', ',', '中'), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const expected = fixAll(text, toyCheck, 50);
        const result = fixAllEditsWith(text, toyCheck, 50);
        assert.equal(result.text, expected.text);
        assert.equal(result.converged, expected.converged);
        assertWellFormed(text, result.edits, result.text);
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('gives one small edit per changed place, in original offsets', () => {
    const text = 'aaaa-x-bb,-aa';
    const result = fixAllEditsWith(text, toyCheck, 50);
    assert.equal(result.text, 'a-xy-,-a');
    assert.equal(result.passes, 4);
    assert.deepEqual(
      result.edits.map((e) => [e.range.start, e.range.end, e.newText]),
      [
        [1, 4, ''],
        [6, 6, 'y'],
        [7, 9, ''],
        [12, 13, ''],
      ],
    );
  });
});
