import { strict as assert } from 'assert';
import fc from 'fast-check';
import { lintModel } from '../../../server/src/core/lint';
import { parseReport } from '../../../server/src/core/model/build';
import { ReportModel } from '../../../server/src/core/model/types';
import { commonPrefixLength, unchangedParse } from '../../../server/src/core/model/unchanged';
import { bigDocument } from '../../../bench/lib/documents';

// A new version's parse may keep the lines and tables of the previous one before the first change
// (issue 9: a keystroke in a 1 MB document). Whatever it keeps, the model and the findings must be exactly
// those of a parse from scratch, edit after edit.

/** Everything of a model that rules and features read, as one string (templates by id). */
function dump(m: ReportModel): string {
  // A region's cells as they are, with whatever reading they hold: a kept cell keeps nothing of the last one.
  const cell = (c: { text: string; range: unknown; segments?: unknown }) => [c.text, c.range, c.segments ?? null, (c as { value?: number }).value ?? null];
  return JSON.stringify({
    lines: m.lines.lines,
    lineKinds: m.lineKinds,
    kind: m.kind,
    title: m.title,
    year: m.year,
    agency: m.agency,
    format: { ...m.format, template: m.format.template.id },
    headings: m.headings.map((h) => [h.level, h.number, h.marker, h.title, h.lineRange, h.markerRange, h.titleRange, h.sectionRange]),
    parts: m.parts.map((p) => [p.number, p.template?.number ?? null, p.range]),
    preamble: m.preamble,
    regions: m.regions.map((r) => [r.layout, r.firstLine, r.lastLine, r.range, r.rows.map((row) => [row.range, row.cells.map(cell)])]),
    tables: m.tables.map((t) => ({
      kind: t.kind,
      layout: t.layout,
      part: t.part,
      range: t.range,
      blocks: t.blocks,
      header: t.headerRows.map((r) => r.cells.map(cell)),
      data: t.dataRows.map((r) => [r.label, r.labelPath, r.labelRange, r.template?.id ?? null, r.section ?? null, r.otherFormat ?? null, r.values.map((c) => [...cell(c), c.value ?? null, c.reading, c.valueRange ?? null, c.column?.id ?? null])]),
    })),
    findings: lintModel(m),
  });
}

/** Characters an edit inserts: line breaks of every kind, the table separators, digits, prose and headings. */
const piece = fc.array(fc.constantFrom('\n', '\r', '\r\n', '\t', '|', ' ', '0', '7', '12', '一、', '（二）', '本年', '件', '。', '，', '\n\t3\n', '\n\n'), { maxLength: 8 }).map((xs) => xs.join(''));

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: piece });

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe('a new version keeps the unchanged part of the previous parse', () => {
  it('commonPrefixLength is the length of the longest common prefix', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.string({ maxLength: 50 }), fc.string({ maxLength: 50 }), (common, a, b) => {
        const expected = common.length + (a[0] !== undefined && a[0] === b[0] ? commonPrefixLength(a, b) : 0);
        assert.equal(commonPrefixLength(common + a, common + b), expected);
      }),
    );
    assert.equal(commonPrefixLength('x'.repeat(5000), 'x'.repeat(5000)), 5000);
  });

  it('keeps lines and tables, and the model and findings equal a parse from scratch, edit after edit', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (seed, edits) => {
        let text = bigDocument(70_000 + seed * 1000, seed);
        let model = parseReport(text);
        for (const e of edits) {
          const next = apply(text, e);
          const unchanged = unchangedParse(model, next);
          // A change past the middle of a document this long leaves lines (and tables) before it to keep.
          if (e.at >= 0.5) assert.ok(unchanged && unchanged.lines.length > 0 && unchanged.regions.regions.length > 0, 'kept lines and tables');
          const incremental = parseReport(next, {}, unchanged);
          assert.equal(dump(incremental), dump(parseReport(next)));
          [text, model] = [next, incremental];
        }
      }),
      { numRuns: 12 },
    );
  });

  it('does not keep a Word table whose end a change after blank lines moves', () => {
    // A Word table, two blank lines, then the prose line that ends it: made a short piece of text, that line
    // goes on the table's last cell instead.
    const table = ['\t项目', '\t数量', '', '\t一、本年新收政府信息公开申请数量', '\t5'].join('\n');
    const base = `${bigDocument(100_000, 4)}\n\n${table}\n\n\n这是表格之后的一段较长的正文说明文字，用于结束表格。\n后面还有一段正文。\n`;
    const model = parseReport(base);
    const lines = model.lines.lines;
    const region = model.regions[model.regions.length - 1];
    assert.ok(region.layout === 'word' && lines[region.lastLine + 2].text === '' && lines[region.lastLine + 3].text.length > 12);
    const after = lines[region.lastLine + 3];
    const next = base.slice(0, after.start) + '补充说明' + base.slice(after.end);
    const fresh = parseReport(next);
    assert.notDeepEqual(fresh.regions.find((r) => r.firstLine === region.firstLine)?.lastLine, region.lastLine, 'the change moves the end of the table');
    assert.equal(dump(parseReport(next, {}, unchangedParse(model, next))), dump(fresh));
  });

  it('keeps nothing of a small document or of a change at the very start', () => {
    const big = bigDocument(100_000, 3);
    assert.equal(unchangedParse(parseReport(big), 'x' + big), undefined);
    const small = bigDocument(20_000, 3);
    assert.equal(unchangedParse(parseReport(small), small + 'x'), undefined);
    const kept = unchangedParse(parseReport(big), big + 'x');
    assert.ok(kept && kept.lines.length > 0 && kept.regions.regions.length > 0);
  });
});
