import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { tableLenses } from '../../../server/src/core/features/code-lens';
import { parseReport } from '../../../server/src/core/model/build';
import { CORPUS, corpusText } from '../../helpers/corpus';
import { inLayout } from '../../helpers/lint';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/example-2023-annual-report.txt'), 'utf8');

function lensesOf(text: string) {
  const model = parseReport(text);
  return tableLenses(model).map((l) => ({ kind: l.table.kind, zh: l.title.zh, en: l.title.en, target: l.target && model.text.slice(l.target.start, l.target.end), line: model.lines.lineAt(l.range.start).number }));
}

describe('code lens above tables', () => {
  const clean = { zh: '勾稽关系 3/3 成立', en: 'Identities: 3/3 hold', target: undefined };
  const expected: Record<string, { kind: string; zh: string; en: string; target: string | undefined }[]> = {
    [CORPUS.linzi2020]: [{ kind: 'requests', ...clean }, { kind: 'appeals', ...clean }],
    [CORPUS.linziOffice2024]: [{ kind: 'requests', ...clean }, { kind: 'appeals', ...clean }],
    [CORPUS.zibo2021]: [{ kind: 'requests', ...clean }, { kind: 'appeals', ...clean }],
    // sishui-2020's 表四 has its header but no data row (domain §5.5): nothing to check.
    [CORPUS.sishui2020]: [
      { kind: 'requests', ...clean },
      { kind: 'appeals', zh: '勾稽关系 0/3 成立，3 项无法核对', en: 'Identities: 0/3 hold, 3 not checkable', target: undefined },
    ],
    [CORPUS.workPlan]: [],
  };

  for (const [file, lenses] of Object.entries(expected)) {
    it(`${file}: ${lenses.map((l) => l.zh).join(' · ') || 'no lens'}`, () => {
      const got = lensesOf(corpusText(file));
      assert.deepEqual(got.map(({ line, ...rest }) => rest), lenses);
      const model = parseReport(corpusText(file));
      // Each lens sits on its table's first line (表二 has no identities and no lens).
      for (const l of tableLenses(model)) assert.equal(l.range.start, model.lines.lineAt(l.table.range.start).start);
    });
  }

  it('counts the same in every table layout', () => {
    for (const file of [CORPUS.linzi2020, CORPUS.linziOffice2024, CORPUS.sishui2020, CORPUS.zibo2021]) {
      const word = lensesOf(corpusText(file)).map(({ line, ...rest }) => rest);
      for (const layout of ['markdown', 'tsv'] as const) assert.deepEqual(lensesOf(inLayout(corpusText(file), layout)).map(({ line, ...rest }) => rest), word, `${file} as ${layout}`);
    }
  });

  it('counts failing places and points at the first failing identity\'s cell', () => {
    const lenses = lensesOf(EXAMPLE);
    // 本年新收: 30+2+0+0+1+0 = 33 but 总计 says 34 (T3-3), and so the 总计 column does not balance (T3-1).
    assert.deepEqual(
      lenses.map(({ line, ...rest }) => rest),
      [
        { kind: 'requests', zh: '勾稽关系 2 处不成立', en: 'Identities: 2 failing', target: '34' },
        { kind: 'appeals', zh: '勾稽关系 3/3 成立', en: 'Identities: 3/3 hold', target: undefined },
      ],
    );
    // T3-1 comes first in the format: the lens reveals the first term of the unbalanced 总计 column.
    const model = parseReport(EXAMPLE);
    const lens = tableLenses(model)[0];
    const line = model.lines.lineAt(lens.target!.start).number;
    assert.equal(EXAMPLE.split('\n')[line], '\t34');
  });

  it('a single broken total reads "1 处不成立" and reveals that total', () => {
    const text = corpusText(CORPUS.linziOffice2024);
    const model = parseReport(text);
    const t4 = model.tableOf('appeals')!;
    const row = t4.dataRows[0];
    const total = row.values[4];
    const broken = text.slice(0, total.valueRange!.start) + String(total.value! + 1) + text.slice(total.valueRange!.end);
    const after = parseReport(broken);
    const lens = tableLenses(after).find((l) => l.table.kind === 'appeals')!;
    assert.equal(lens.title.zh, '勾稽关系 1 处不成立');
    assert.equal(lens.title.en, 'Identities: 1 failing');
    assert.equal(lens.target!.start, total.valueRange!.start);
  });
});
