import { strict as assert } from 'assert';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { parseReport } from '../../../server/src/core/model/build';
import { TableLayout } from '../../../server/src/core/model/types';
import { extractMentions } from '../../../server/src/core/prose/mentions';
import { formatScaled, parseStated, percentTruncated } from '../../../server/src/core/prose/rounding';
import { evaluateShares, expectedText } from '../../../server/src/core/prose/shares';
import { convertTables } from '../../../server/src/core/tables/convert';
import { ANNUAL_REPORTS, CORPUS, corpusFiles, corpusText } from '../../helpers/corpus';
import { check, slice } from './synthetic';

const PROSE_RULES = ['prose-table-mismatch', 'percentage', 'percentage-base', 'year-on-year'];
const inLayout = (text: string, layout: TableLayout) => (layout === 'word' ? text : applyEdits(text, convertTables(parseReport(text), layout)));
const prose = (text: string) => check(text).filter((f) => PROSE_RULES.includes(f.rule));

for (const layout of ['word', 'markdown', 'tsv'] as const) {
  describe(`prose rules on the corpus (${layout} layout)`, () => {
    const doc = (name: string) => inLayout(corpusText(name), layout);

    it('linzi-office-2024: percentage on 42.85% (→ 42.86%) and 21.44% (→ 21.43%); year-on-year on the truncated 55.55%', () => {
      const text = doc(CORPUS.linziOffice2024);
      const found = prose(text);
      const pct = found.filter((f) => f.rule === 'percentage');
      assert.deepEqual(
        pct.map((f) => [slice(text, f.range), f.fix?.edits[0].newText]),
        [
          ['42.85', '42.86'],
          ['21.44', '21.43'],
        ],
      );
      assert.match(pct[0].message.zh, /6 ÷ 14 = 42.857% → 42.86%.*截断/);
      const [yoy, ...more] = found.filter((f) => f.rule === 'year-on-year');
      assert.equal(more.length, 0);
      assert.equal([slice(text, yoy.range), yoy.severity].join(' '), '55.55 error');
      assert.match(yoy.message.zh, /截断.*上年为 27件.*55.56%/);
      assert.deepEqual(found.filter((f) => f.rule === 'prose-table-mismatch' || f.rule === 'percentage-base'), []);
    });

    it('linzi-district-2020: percentage-base for "在答复的申请中" on 116, and its five shares pass', () => {
      const text = doc(CORPUS.linzi2020);
      const found = prose(text);
      const [base, ...more] = found.filter((f) => f.rule === 'percentage-base');
      assert.equal(more.length, 0);
      assert.equal(slice(text, base.range), '在答复的申请中');
      assert.match(base.message.zh, /116/);
      assert.match(base.message.zh, /56.8%、2.7%、7.2%、24.3%、9.0%/);
      assert.equal(base.related!.length, 5);
      assert.deepEqual(found.filter((f) => f.rule === 'percentage'), []);
      assert.equal(extractMentions(parseReport(text)).shares.length, 5);
    });

    it('zibo-hitech-2021: 同比增长58% passes (information with the implied 31 only)', () => {
      const text = doc(CORPUS.zibo2021);
      const found = prose(text);
      assert.deepEqual(found.map((f) => [f.rule, f.severity, slice(text, f.range)]), [['year-on-year', 'information', '58']]);
      assert.match(found[0].message.zh, /上年应为 31件/);
    });

    it('sishui-county-2020: 复议13件 and 诉讼3件 are tied to its empty 表四', () => {
      const text = doc(CORPUS.sishui2020);
      const found = prose(text).filter((f) => f.rule === 'prose-table-mismatch');
      assert.deepEqual(found.map((f) => slice(text, f.range)), ['13', '3']);
      const table = parseReport(text).tableOf('appeals')!;
      for (const f of found) {
        assert.match(f.message.zh, /表四没有数据/);
        assert.deepEqual(f.related!.map((r) => r.range), [table.range]);
      }
    });

    it('no other prose-table-mismatch on the corpus, and nothing on the work plan', () => {
      const all = corpusFiles().flatMap((name) => prose(doc(name)).filter((f) => f.rule === 'prose-table-mismatch').map(() => name));
      assert.deepEqual(all, [CORPUS.sishui2020, CORPUS.sishui2020]);
      assert.deepEqual(prose(doc(CORPUS.workPlan)), []);
    });
  });
}

describe('mutations of the corpus', () => {
  for (const name of ANNUAL_REPORTS) {
    const text = corpusText(name);
    const restating = extractMentions(parseReport(text)).counts.filter((m) => m.quantity.status === 'ok' && m.quantity.value === m.value);

    it(`${name}: changing a prose number that restates a cell gives prose-table-mismatch there, fixable to the table value`, () => {
      for (const m of restating) {
        const readings = [m.quantity, ...m.alternatives].map((q) => q.value);
        const wrong = readings.includes(m.value + 1) ? m.value + 2 : m.value + 1;
        const mutated = applyEdits(text, [{ range: m.range, newText: String(wrong) }]);
        const f = prose(mutated).find((x) => x.rule === 'prose-table-mismatch' && x.range.start === m.range.start);
        const where = `${slice(text, m.phraseRange)} ${m.value}`;
        assert.ok(f, `${where}: no finding`);
        assert.equal(slice(mutated, f.range), String(wrong), where);
        assert.equal(f.fix?.edits[0].newText, String(m.quantity.value), where);
      }
    });

    it(`${name}: changing a cell that the prose restates gives prose-table-mismatch at the prose, and the table rules fire`, () => {
      for (const m of restating) {
        const cell = m.quantity.cells[0].cell;
        const mutated = applyEdits(text, [{ range: cell.valueRange!, newText: String(cell.value! + 1) }]);
        assert.ok(cell.range.start > m.range.end, 'the cell comes after the prose, so the prose offsets stay');
        const found = check(mutated);
        const where = `${slice(text, m.phraseRange)} ${m.value}`;
        const f = found.find((x) => x.rule === 'prose-table-mismatch' && x.range.start === m.range.start);
        assert.ok(f, `${where}: no finding at the prose`);
        if (m.quantity.table !== 'active') {
          assert.ok(found.some((x) => x.rule === 'table-total' || x.rule === 'table-balance'), `${where}: the table rules stay silent`);
          assert.equal(f.fix, undefined, `${where}: a fix although the table does not balance`);
        }
      }
    });
  }

  it('every corpus share with different digits gives percentage with the expected value of its base', () => {
    let checked = 0;
    for (const name of ANNUAL_REPORTS) {
      const text = corpusText(name);
      for (const g of evaluateShares(parseReport(text))) {
        for (const c of g.checks) {
          const expected = c.verdict === 'ok' ? c.stated.text : expectedText(c)!;
          const exp = parseStated(expected);
          // digits that fit no base, rounded or truncated (6.9 + 0.3 would be 8 ÷ 111, right on another base)
          const taken = c.fits.flatMap((f) => [f.rounded, percentTruncated(c.share.numerator.value, f.base.value, exp.decimals)]);
          const delta = [3n, 7n, 11n, 13n].find((d) => !taken.includes(exp.scaled + d))!;
          const wrong = formatScaled(exp.scaled + delta, exp.decimals);
          const mutated = applyEdits(text, [{ range: c.share.range, newText: wrong }]);
          const f = prose(mutated).find((x) => x.rule === 'percentage' && x.range.start === c.share.range.start);
          assert.ok(f, `${name} ${c.stated.text} → ${wrong}: no finding`);
          assert.equal(f.fix?.edits[0].newText, expected, `${name} ${c.stated.text} → ${wrong}`);
          checked++;
        }
      }
    }
    assert.equal(checked, 9, 'five shares in linzi-2020, four in linzi-office-2024');
  });
});
