import { msg } from '../../i18n';
import { Part } from '../../model/types';
import { defineRule } from '../types';
import { partName } from './common';

export default defineRule({
  meta: {
    id: 'part-order',
    description: msg('六个部分须按模板顺序排列，不得重复（STR-1）', 'The six parts follow the template order, each once (STR-1)'),
    defaultSeverity: 'error',
    fixable: false,
    implements: ['STR-1'],
  },
  check(ctx) {
    // Moving whole parts is not a certain edit (text between them may belong to either), so no fix.
    const seen = new Map<number, Part>();
    let latest: Part | undefined;
    for (const part of ctx.model.parts) {
      const t = part.template;
      if (!t) continue;
      const first = seen.get(t.number);
      if (first) {
        const name = partName(t);
        ctx.report({
          range: part.heading.titleRange,
          message: msg(`${name.zh}重复出现`, `${name.en} appears twice`),
          related: [{ range: first.heading.titleRange, message: msg('首次出现', 'first occurrence') }],
        });
        continue;
      }
      seen.set(t.number, part);
      if (latest && latest.template!.number > t.number) {
        const name = partName(t);
        const other = partName(latest.template!);
        ctx.report({
          range: part.heading.titleRange,
          message: msg(`${name.zh}应在${other.zh}之前`, `${name.en} belongs before ${other.en}`),
          related: [{ range: latest.heading.titleRange, message: other }],
        });
      } else latest = part;
    }
  },
});
