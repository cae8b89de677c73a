import { msg } from '../../i18n';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'missing-table',
    description: msg('第二、三、四部分须有表格，且表格须有数据行（T4-0）', 'Parts 2, 3 and 4 must contain their table, with data rows (T4-0)'),
    defaultSeverity: 'error',
    fixable: false,
    implements: ['T4-0'],
  },
  check(ctx) {
    const { model } = ctx;
    for (const part of model.parts) {
      const kind = part.template?.table;
      if (!kind) continue;
      const name = model.format.template.tables[kind].name;
      const table = model.tables.find((t) => t.kind === kind && t.part === part.template!.number) ?? model.tableOf(kind);
      if (!table) {
        ctx.report({
          range: part.heading.titleRange,
          message: msg(`本部分缺少${name.zh}`, `This part has no ${name.en}`),
        });
      } else if (table.dataRows.length === 0) {
        ctx.report({
          range: table.range,
          message: msg(`${name.zh}只有表头，没有数据行（无数据时应填 0）`, `${name.en} has headers but no data row (write 0 where there is nothing)`),
        });
      }
    }
  },
});
