import { strict as assert } from 'assert';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { lint } from '../../../server/src/core/lint';
import { ReportModel, TableLayout } from '../../../server/src/core/model/types';
import { convertTables } from '../../../server/src/core/tables/convert';
import { ANNUAL_REPORTS, corpusText } from '../../helpers/corpus';

/** The table model without source positions: kind, layout-independent rows with label paths and cell texts. */
function tableModel(model: ReportModel) {
  return model.tables.map((t) => ({
    kind: t.kind,
    part: t.part,
    rows: t.dataRows.map((r) => ({ template: r.template?.id, section: r.section, label: r.label, values: r.values.map((c) => [c.text, c.value, c.column?.id]) })),
  }));
}

/** Findings without positions (a conversion moves text, so offsets change). */
function findingsOf(text: string) {
  return lint(text)
    .findings.map((f) => `${f.rule} ${f.severity} ${f.message.zh}${f.fix ? ` [fix: ${f.fix.title.zh}]` : ''}`)
    .sort();
}

function convert(text: string, layout: TableLayout): string {
  return applyEdits(text, convertTables(lint(text).model, layout));
}

describe('table conversion round trips on the corpus', () => {
  for (const file of ANNUAL_REPORTS) {
    for (const layout of ['markdown', 'tsv'] as const) {
      it(`${file}: word → ${layout} → word keeps the table model and the findings`, () => {
        const original = corpusText(file);
        const there = convert(original, layout);
        assert.notEqual(there, original);
        const thereModel = lint(there).model;
        assert.ok(thereModel.tables.filter((t) => t.kind).every((t) => t.layout === layout));
        assert.deepEqual(tableModel(thereModel), tableModel(lint(original).model));
        assert.deepEqual(findingsOf(there), findingsOf(original));

        const back = convert(there, 'word');
        assert.deepEqual(tableModel(lint(back).model), tableModel(lint(original).model));
        assert.deepEqual(findingsOf(back), findingsOf(original));
        // Converting again changes nothing: the conversion is a fixpoint.
        assert.equal(convert(back, 'word'), back);
        assert.equal(convert(convert(back, layout), 'word'), back);
      });
    }
  }
});
