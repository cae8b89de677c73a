import { strict as assert } from 'assert';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { fixText, lint } from '../../../server/src/core/lint';
import { STRUCTURE_RULES } from '../../../server/src/core/rules/structure';
import { TABLE_RULES } from '../../../server/src/core/rules/tables';
import { Finding } from '../../../server/src/core/rules/types';
import { ANNUAL_REPORTS, corpusText } from '../../helpers/corpus';
import { byRule, findings, inLayout, LAYOUTS } from '../../helpers/lint';
import { synthetic } from './synthetic';

// Only the structure and table families are this rule's concern; prose or hygiene findings on the
// corpus text are not.
const CHECKED = new Set([...STRUCTURE_RULES, ...TABLE_RULES].map((r) => r.meta.id));
const key = (f: Finding) => `${f.rule}: ${f.message.zh}`;
const checked = (text: string) => findings(text).filter((f) => CHECKED.has(f.rule)).map(key);

/** The report without one part: from its heading to the next part's heading (or the end). */
function withoutPart(text: string, number: number): string {
  const { parts } = lint(text).model;
  const i = parts.findIndex((p) => p.template?.number === number);
  const end = parts[i + 1]?.heading.lineRange.start ?? text.length;
  return text.slice(0, parts[i].heading.lineRange.start) + text.slice(end);
}


describe('missing-part', () => {
  for (const file of ANNUAL_REPORTS) {
    for (const layout of LAYOUTS) {
      it(`${file} (${layout}): deleting any one part gives exactly one missing-part, whose fix adds no other structure or table finding`, () => {
        const original = inLayout(corpusText(file), layout);
        const before = checked(original);
        for (let n = 1; n <= 6; n++) {
          const cut = withoutPart(original, n);
          const missing = byRule(cut, 'missing-part');
          assert.equal(missing.length, 1, `part ${n}: ${missing.map(key).join(' | ')}`);
          assert.match(missing[0].message.zh, new RegExp(`^缺少第${'一二三四五六'[n - 1]}部分`));
          const fixed = applyEdits(cut, missing[0].fix!.edits);
          const added = checked(fixed).filter((k) => !before.includes(k));
          assert.deepEqual(added, [], `part ${n}`);
          assert.deepEqual(byRule(fixed, 'missing-part'), [], `part ${n}`);
          const t = lint(fixed).model;
          if (n >= 2 && n <= 4) {
            const kind = (['active', 'requests', 'appeals'] as const)[n - 2];
            const table = t.tableOf(kind)!;
            assert.equal(table.layout, layout, `part ${n}: the table is written in the document's layout`);
            assert.equal(t.partOf(table.range.start)?.template?.number, n);
          }
        }
      });
    }
  }

  it('inserts the part at its place, with the zero-filled table of the detected format (2019)', () => {
    const cut = synthetic({ year: 2020, heading: { 2: null } });
    const [m] = byRule(cut, 'missing-part');
    assert.equal(m.message.zh, '缺少第二部分「二、主动公开政府信息情况」（应在此部分之前）');
    assert.equal(cut.slice(m.range.start, m.range.end), '三、收到和处理政府信息公开申请情况');
    assert.equal(m.fix!.title.zh, '插入「二、主动公开政府信息情况」及全零的表二');
    const fixed = applyEdits(cut, m.fix!.edits);
    assert.match(fixed, /二、主动公开政府信息情况\n\n\t第二十条第（一）项\n\n\t信息内容\n\t本年新制作数量/);
    assert.ok(fixed.indexOf('二、主动公开') < fixed.indexOf('三、收到和处理'));
    assert.deepEqual(checked(fixed), []);
  });

  it('puts the last part after the others, and a lost heading back above its table instead of a second table', () => {
    const noSix = synthetic({ heading: { 6: null } });
    const [six] = byRule(noSix, 'missing-part');
    assert.match(six.message.zh, /缺少第六部分.*（应在此部分之后）/);
    assert.match(applyEdits(noSix, six.fix!.edits), /改进措施。加强培训，完善考核机制。\n\n六、其他需要报告的事项\n（一）政府信息公开信息处理费收取情况。[^\n]*\n（二）[^\n]*\n（三）[^\n]*\n*$/);

    const headless = synthetic().replace('二、主动公开政府信息情况\n', '');
    const [two] = byRule(headless, 'missing-part');
    assert.equal(two.fix!.title.zh, '在表二 主动公开政府信息情况前插入标题「二、主动公开政府信息情况」');
    const fixed = applyEdits(headless, two.fix!.edits);
    assert.equal(lint(fixed).model.tables.filter((t) => t.kind === 'active').length, 1);
    assert.deepEqual(checked(fixed), []);
  });

  it('fix-all turns a bare title into the six-part skeleton with clean tables', () => {
    const start = '测试区人民政府2023年政府信息公开工作年度报告\n\n本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n';
    assert.equal(byRule(start, 'missing-part').length, 6);
    const { text, converged } = fixText(start, { ruleSet: STRUCTURE_RULES });
    assert.ok(converged);
    const m = lint(text).model;
    assert.deepEqual(m.parts.map((p) => p.template?.number), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(checked(text), []);
  });

  it('keeps CRLF line breaks in what it inserts', () => {
    const crlf = synthetic({ heading: { 4: null } }).replace(/\n/g, '\r\n');
    const [m] = byRule(crlf, 'missing-part');
    const inserted = m.fix!.edits[0].newText;
    assert.ok(inserted.includes('\r\n') && !/[^\r]\n/.test(inserted));
    assert.deepEqual(checked(applyEdits(crlf, m.fix!.edits)), []);
  });
});
