import { msg } from '../../i18n';
import { evaluateIdentities } from '../../model/identities';
import { defineRule } from '../types';
import { cellRange, fmt, relatedCells, rowOfCell } from './describe';
import { mapped } from '../../arrays';

export default defineRule({
  meta: {
    id: 'table-balance',
    description: msg(
      '表三每列：第一项加第二项之和，等于第三项（（七）总计）加第四项之和（T3-1）',
      'Table 3, every column: new + carried over = (7) total handled + carried forward (T3-1)',
    ),
    defaultSeverity: 'error',
    fixable: false,
    implements: ['T3-1'],
  },
  check(ctx) {
    for (const c of evaluateIdentities(ctx.model)) {
      if (c.identity.rule !== 'table-balance' || c.holds !== false) continue;
      const col = c.column!.name;
      const rows = mapped([...c.left, ...c.right], (cell) => rowOfCell(ctx.model, c.table, cell)!);
      const term = (i: number, lang: 'zh' | 'en') => `${rows[i].template!.name[lang]} ${fmt([...c.left, ...c.right][i].value)}`;
      const nl = c.left.length;
      const side = (from: number, to: number, lang: 'zh' | 'en') => Array.from({ length: to - from }, (_, k) => term(from + k, lang)).join(' + ');
      ctx.report({
        // Either side may be wrong, so the finding sits on the first cell and points at all four; no fix.
        range: cellRange(c.left[0]),
        message: msg(
          `「${col.zh}」列：${side(0, nl, 'zh')} = ${c.leftSum}，不等于 ${side(nl, rows.length, 'zh')} = ${c.rightSum}`,
          `Column "${col.en}": ${side(0, nl, 'en')} = ${c.leftSum}, but ${side(nl, rows.length, 'en')} = ${c.rightSum}`,
        ),
        related: relatedCells(ctx.model, c, [...c.left, ...c.right]),
      });
    }
  },
});
