import { msg } from '../../i18n';
import { Line } from '../../text/line-index';
import { defineRule } from '../types';

/** An inner title written with the wrong marks: the offsets of its opening and closing mark. */
interface InnerTitle {
  readonly open: number;
  readonly close: number;
}

/**
 * GB/T 15834-2011: a title inside a title takes single marks, 《…〈…〉…》. Scans one line with a
 * small state machine (linear); an inner title counts only when the outer 》 closes it, so two
 * titles in a row with a missing 》 are not mistaken for nesting.
 */
function wrongInnerTitles(line: Line): InnerTitle[] {
  const found: InnerTitle[] = [];
  let outer = false;
  let inner: { at: number; mark: '《' | '<' } | undefined;
  let pending: InnerTitle[] = [];
  const t = line.text;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '《') {
      if (!outer) {
        outer = true;
        pending = [];
      } else if (!inner) inner = { at: i, mark: '《' };
    } else if (ch === '<' || ch === '＜') {
      if (outer && !inner) inner = { at: i, mark: '<' };
    } else if (ch === '>' || ch === '＞') {
      if (inner?.mark === '<') {
        pending.push({ open: line.start + inner.at, close: line.start + i });
        inner = undefined;
      }
    } else if (ch === '》') {
      if (inner?.mark === '《') {
        pending.push({ open: line.start + inner.at, close: line.start + i });
        inner = undefined;
      } else if (outer) {
        found.push(...pending);
        outer = false;
        inner = undefined;
        pending = [];
      }
    }
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'title-marks',
    description: msg('书名号内的书名用单书名号：《…〈…〉…》，不用“<>”或双书名号（GB/T 15834-2011）', 'A title inside a title takes single marks, 《…〈…〉…》, not "<>" or double marks (GB/T 15834-2011)'),
    defaultSeverity: 'warning',
    fixable: true,
    appliesTo: ['annual-report', 'work-plan'],
  },
  check(ctx) {
    const { text } = ctx.model;
    for (const line of ctx.model.lines.lines) {
      if (!line.text.includes('《')) continue;
      for (const t of wrongInnerTitles(line)) {
        const written = `${text[t.open]}…${text[t.close]}`;
        const inner = text.slice(t.open + 1, t.close);
        const shown = inner.length > 20 ? `${inner.slice(0, 20)}…` : inner;
        ctx.report({
          range: { start: t.open, end: t.close + 1 },
          message: msg(`书名号内的书名「${shown}」应用单书名号〈〉，不用「${written}」`, `The title "${shown}" inside a title takes single marks 〈〉, not "${written}"`),
          fix: {
            title: msg('改为〈〉', 'Change to 〈〉'),
            edits: [
              { range: { start: t.open, end: t.open + 1 }, newText: '〈' },
              { range: { start: t.close, end: t.close + 1 }, newText: '〉' },
            ],
          },
        });
      }
    }
  },
});
