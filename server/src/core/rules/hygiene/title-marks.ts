import { msg } from '../../i18n';
import { ReportModel } from '../../model/types';
import { defineRule } from '../types';
import { Offsets } from './common';
import { cuesOf } from './cues';

/** An inner title written with the wrong marks: the offsets of its opening and closing mark. */
interface InnerTitle {
  readonly open: number;
  readonly close: number;
}

const OUTER = 0x300a; // 《
const OUTER_CLOSE = 0x300b; // 》
const isAngleOpen = (c: number) => c === 0x3c || c === 0xff1c; // < ＜
const isAngleClose = (c: number) => c === 0x3e || c === 0xff1e; // > ＞

/**
 * GB/T 15834-2011: a title inside a title takes single marks, 《…〈…〉…》. A small state machine
 * (linear) reads the title marks of the text in order, afresh on each line; an inner title counts only
 * when the outer 》 closes it, so two titles in a row with a missing 》 are not mistaken for nesting.
 * `marks`: the offsets of every 《 》 < > ＜ ＞, in order (nothing else changes the state).
 */
function wrongInnerTitles(model: ReportModel, marks: Offsets): InnerTitle[] {
  const { text } = model;
  const found: InnerTitle[] = [];
  /** where the line of the last mark ends (after its break) */
  let lineNext = -1;
  let outer = false;
  /** the offset of the open inner title's mark, and whether that mark is 《 (else < or ＜) */
  let innerAt = -1;
  let innerDouble = false;
  let pending: InnerTitle[] = [];
  for (const i of marks) {
    if (i >= lineNext) {
      lineNext = model.lines.lineAt(i).next;
      outer = false;
      innerAt = -1;
      pending = [];
    }
    const c = text.charCodeAt(i);
    if (c === OUTER) {
      if (!outer) {
        outer = true;
        pending = [];
      } else if (innerAt < 0) {
        innerAt = i;
        innerDouble = true;
      }
    } else if (isAngleOpen(c)) {
      if (outer && innerAt < 0) {
        innerAt = i;
        innerDouble = false;
      }
    } else if (isAngleClose(c)) {
      if (innerAt >= 0 && !innerDouble) {
        pending.push({ open: innerAt, close: i });
        innerAt = -1;
      }
    } else if (c === OUTER_CLOSE) {
      if (innerAt >= 0 && innerDouble) {
        pending.push({ open: innerAt, close: i });
        innerAt = -1;
      } else if (outer) {
        found.push(...pending);
        outer = false;
        innerAt = -1;
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
    const { model } = ctx;
    const { text } = model;
    for (const t of wrongInnerTitles(model, cuesOf(model).titles)) {
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
  },
});
