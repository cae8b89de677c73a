import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parseReport } from '../../../server/src/core/model/build';
import { FormatDecision, ReportModel } from '../../../server/src/core/model/types';
import { RowTexts } from '../../../server/src/core/tables/row-text';
import { formatByContent } from '../../../server/src/core/tables/table-kind';
import { FormatId } from '../../../server/src/core/templates';
import { corpusReport, fcParams, mutate, mutation } from '../robustness/arbitraries';

// The 表三's format is read only when the decision needs it, else on first use of the field: checked
// against reading it at once, as the parse did before, and the decision made from that reading.

function requestsFormat(model: ReportModel): FormatId | undefined {
  const table = model.tables.find((t) => t.kind === 'requests');
  return table && formatByContent('requests', new RowTexts(table.rows));
}

function decisionReference(model: ReportModel): Pick<FormatDecision, 'source'> & { id: FormatId } {
  const { byActiveTable, byYear } = model.format;
  const byRequests = requestsFormat(model);
  if (byActiveTable) return { id: byActiveTable, source: 'tables' };
  if (byYear) return { id: byYear, source: 'year' };
  if (byRequests) return { id: byRequests, source: 'tables' };
  return { id: '2021', source: 'default' };
}

/** The text without any year, so that the tables decide. */
const withoutYears = (text: string) => text.replace(/(?:19|20)\d\d/g, '年份');

describe('format decision: the 表三 read lazily', () => {
  it('byRequestsTable and the decision are those of reading the 表三 at once', () => {
    fc.assert(
      fc.property(corpusReport, fc.array(mutation, { maxLength: 3 }), fc.boolean(), (report, edits, noYear) => {
        const text = mutate(noYear ? withoutYears(report) : report, edits);
        const model = parseReport(text);
        const ref = decisionReference(model);
        assert.equal(model.format.source, ref.source);
        assert.equal(model.format.template.id, ref.id);
        assert.equal(model.format.byRequestsTable, requestsFormat(model));
        // Asked again, the same answer.
        assert.equal(model.format.byRequestsTable, requestsFormat(model));
      }),
      fcParams(150),
    );
  });

  it('a set format is kept, and the field still reads the 表三', () => {
    fc.assert(
      fc.property(corpusReport, fc.constantFrom<FormatId>('2019', '2021'), (report, format) => {
        const model = parseReport(report, { format });
        assert.equal(model.format.source, 'setting');
        assert.equal(model.format.template.id, format);
        assert.equal(model.format.byRequestsTable, requestsFormat(model));
      }),
      fcParams(20),
    );
  });

  it('the fields are enumerable and serialise as before', () => {
    const model = parseReport(withoutYears(corpusReportText()));
    const json = JSON.parse(JSON.stringify({ ...model.format, template: model.format.template.id }));
    assert.deepEqual(Object.keys(model.format).sort(), ['byActiveTable', 'byRequestsTable', 'byYear', 'source', 'template']);
    assert.equal(json.byRequestsTable, requestsFormat(model));
  });
});

function corpusReportText(): string {
  return fc.sample(corpusReport, { numRuns: 1, seed: 1 })[0];
}
