import { strict as assert } from 'assert';
import { tableLenses } from '../../../server/src/core/features/code-lens';
import { defaultYear, reportSkeleton } from '../../../server/src/core/features/skeleton';
import { lint } from '../../../server/src/core/lint';
import { RULES } from '../../../server/src/core/rules';
import { PARTS } from '../../../server/src/core/templates';

describe('new-report skeleton', () => {
  for (const format of ['2019', '2021'] as const) {
    for (const layout of ['word', 'markdown'] as const) {
      describe(`${format} format, ${layout} layout`, () => {
        const text = reportSkeleton({ format, layout, today: new Date(2025, 1, 1) });
        const errors: string[] = [];
        const { model, findings } = lint(text, { onRuleError: (id, e) => errors.push(`${id}: ${String(e)}`) });

        it(`passes every rule (${RULES.length} rules)`, () => {
          assert.deepEqual(errors, []);
          assert.deepEqual(
            findings.map((f) => `${f.rule}: ${f.message.zh}`),
            [],
          );
        });

        it('is an annual report of the chosen format and year, with the six parts in order', () => {
          assert.equal(model.kind, 'annual-report');
          assert.equal(model.format.template.id, format);
          assert.equal(model.format.source, 'tables');
          assert.equal(model.year, format === '2019' ? 2020 : 2024);
          assert.deepEqual(model.parts.map((p) => p.template?.number), [1, 2, 3, 4, 5, 6]);
          assert.deepEqual(model.parts.map((p) => p.heading.title), PARTS.map((p) => p.title));
          assert.match(model.title!.text, new RegExp(`^××××${model.year}年政府信息公开工作年度报告$`));
          assert.ok(model.preamble);
          assert.match(text, format === '2019' ? /国办公开办函〔2019〕60号/ : /国办公开办函〔2021〕30号/);
        });

        it('has the five sub-items of 一 and zero-filled tables of the format in the chosen layout', () => {
          const one = model.parts[0].heading;
          assert.deepEqual(one.children.map((h) => h.title), ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障']);
          for (const kind of ['active', 'requests', 'appeals'] as const) {
            const table = model.tableOf(kind);
            assert.ok(table, kind);
            assert.equal(table.layout, layout);
            const rows = model.format.template.tables[kind].sections.flatMap((s) => s.rows);
            assert.deepEqual(table.dataRows.map((r) => r.template?.id), rows.map((r) => r.id), kind);
            assert.ok(table.dataRows.every((r) => r.values.length === r.columns.length && r.values.every((c) => c.value === 0)), kind);
          }
          assert.deepEqual(tableLenses(model).map((l) => l.title.zh), ['勾稽关系 3/3 成立', '勾稽关系 3/3 成立']);
        });
      });
    }
  }

  it('uses the line break it is given', () => {
    const crlf = reportSkeleton({ format: '2021', layout: 'word', eol: '\r\n', year: 2023 });
    assert.ok(!/[^\r]\n/.test(crlf));
    assert.deepEqual(lint(crlf).findings, []);
  });

  it('chooses the report year the format applies to', () => {
    assert.equal(defaultYear('2021', new Date(2026, 0, 15)), 2025);
    assert.equal(defaultYear('2021', new Date(2021, 5, 1)), 2021);
    assert.equal(defaultYear('2019', new Date(2026, 0, 15)), 2020);
    assert.equal(defaultYear('2019', new Date(2020, 0, 15)), 2019);
  });
});
