import { strict as assert } from 'assert';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { lint } from '../../../server/src/core/lint';
import { ANNUAL_REPORTS, CORPUS, corpusFiles, corpusText } from '../../helpers/corpus';
import { byRule, findings, inLayout, LAYOUTS } from '../../helpers/lint';

const TABLE_RULES = ['table-balance', 'table-total', 'missing-table', 'table-shape', 'cell-value'];

for (const layout of LAYOUTS) {
  describe(`table rules on the corpus (${layout} layout)`, () => {
    const doc = (name: string) => inLayout(corpusText(name), layout);

    it('sishui-county-2020: missing-table for its empty 表四', () => {
      const f = byRule(doc(CORPUS.sishui2020), 'missing-table');
      assert.equal(f.length, 1);
      assert.match(f[0].message.zh, /表四/);
    });

    it('zibo-hitech-2021: table-shape for its 2019-style （六）其他处理 row', () => {
      const f = byRule(doc(CORPUS.zibo2021), 'table-shape');
      assert.equal(f.length, 1);
      assert.match(f[0].message.zh, /其他处理/);
      assert.match(f[0].message.zh, /2019/);
    });

    it('linzi-district-2020: cell-value for 1.47亿', () => {
      const text = doc(CORPUS.linzi2020);
      const f = byRule(text, 'cell-value');
      assert.equal(f.length, 1);
      assert.equal(text.slice(f[0].range.start, f[0].range.end), '1.47亿');
      assert.equal(f[0].severity, 'warning');
    });

    it('no table-balance or table-total finding anywhere; none of the table rules on the work plan', () => {
      for (const name of corpusFiles()) {
        const all = findings(doc(name));
        assert.deepEqual(all.filter((f) => f.rule === 'table-balance' || f.rule === 'table-total'), [], name);
        if (name === CORPUS.workPlan) assert.deepEqual(all.filter((f) => TABLE_RULES.includes(f.rule)), []);
      }
    });
  });
}

describe('every data cell of 表三 and 表四, plus one', () => {
  for (const name of ANNUAL_REPORTS) {
    it(`${name}: a finding names the row and column; the fixes restore the identities`, function () {
      this.timeout(120000);
      const text = corpusText(name);
      const { model } = lint(text);
      let checked = 0;
      for (const kind of ['requests', 'appeals'] as const) {
        const table = model.tableOf(kind);
        if (!table) continue;
        for (const row of table.dataRows) {
          row.values.forEach((cell) => {
            if (cell.value === undefined || !cell.valueRange || !cell.column) return;
            const mutated = applyEdits(text, [{ range: cell.valueRange, newText: String(cell.value + 1) }]);
            const found = findings(mutated).filter((f) => f.rule === 'table-balance' || f.rule === 'table-total');
            assert.ok(found.length > 0, `${row.label} ${cell.column.id}: no finding`);
            const rowName = row.template!.id === 'data' ? '' : row.template!.name.zh;
            const named = found.some((f) => f.message.zh.includes(cell.column!.name.zh.split('·').pop()!) || f.message.zh.includes(rowName));
            assert.ok(named, `${row.label} ${cell.column.id}: messages do not name the row or column: ${found.map((f) => f.message.zh).join(' | ')}`);
            // Apply every offered fix until none is left: all identities hold, or only unfixable findings remain.
            let fixed = mutated;
            for (let pass = 0; pass < 10; pass++) {
              const withFix = findings(fixed).filter((f) => f.fix && (f.rule === 'table-total'));
              if (!withFix.length) break;
              fixed = applyEdits(fixed, [withFix[0].fix!.edits[0]]);
            }
            const left = findings(fixed).filter((f) => f.rule === 'table-balance' || f.rule === 'table-total');
            assert.ok(left.every((f) => !f.fix), `${row.label} ${cell.column.id}: fixable findings left`);
            checked++;
          });
        }
      }
      assert.ok(checked >= 15, `only ${checked} cells checked`);
    });
  }
});
