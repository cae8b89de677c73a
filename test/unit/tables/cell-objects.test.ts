import { strict as assert } from 'assert';
import { parseReport } from '../../../server/src/core/model/build';
import { Cell, RawCell } from '../../../server/src/core/model/types';
import { ANNUAL_REPORTS, corpusText } from '../../helpers/corpus';

// Every byte of the model is copied by the GC while it is built (issue 9): a value cell is the very cell
// object its row was read into, filled in by the interpretation, not a second object beside it.
describe('table cells: one object per cell', () => {
  for (const name of ANNUAL_REPORTS) {
    it(`${name}: every value cell is a cell of a source row, read against its column`, () => {
      const model = parseReport(corpusText(name));
      const sourceCells = new Set<RawCell>(model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)));
      const values: Cell[] = model.tables.flatMap((t) => t.dataRows.flatMap((r) => r.values));
      assert.ok(values.length > 50, `${values.length} value cells`);
      for (const cell of values) {
        assert.ok(sourceCells.has(cell), `value cell "${cell.text}" at ${cell.range.start} is not a row's cell`);
        assert.ok(cell.reading, 'read');
      }
      assert.ok(values.some((c) => c.column !== undefined), 'tied to columns');
    });
  }
});
