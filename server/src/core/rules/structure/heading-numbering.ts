import { msg } from '../../i18n';
import { toChineseNumeral } from '../../model/heading-syntax';
import { Heading, HeadingLevel, ReportModel } from '../../model/types';
import { defineRule, FindingInput } from '../types';
import { canonicalMarker, LEVEL_FORM, markerIsCorrect, numberAs, strayAfter } from './markers';

const shown = (level: HeadingLevel, n: number) => numberAs(level, n, toChineseNumeral);

/** GB-1: the marker form. The replacement is certain (same number, right brackets and stop). */
function checkMarker(model: ReportModel, h: Heading, stop: '.' | '．', report: (f: FindingInput) => void) {
  const next = model.text.charCodeAt(h.markerRange.end);
  if (markerIsCorrect(h, next)) return;
  const right = canonicalMarker(h, stop);
  const range = { start: h.markerRange.start, end: h.markerRange.end + strayAfter(next) };
  const written = model.text.slice(range.start, range.end);
  report({
    range,
    message: msg(`标题序号「${written}」应写作「${right}」（第${h.level}层用“${LEVEL_FORM[h.level]}”）`, `Heading number "${written}" should be written "${right}" (level ${h.level} uses "${LEVEL_FORM[h.level]}")`),
    fix: { title: msg(`改为「${right}」`, `Change to "${right}"`), edits: [{ range, newText: right }] },
  });
}

/** The stop of the document's level-3 markers: full-width only when more than half of them use it. */
function levelThreeStop(headings: readonly Heading[]): '.' | '．' {
  let all = 0;
  let fullWidth = 0;
  for (const h of headings) {
    if (h.level !== 3) continue;
    all++;
    if (h.marker.endsWith('．')) fullWidth++;
  }
  return fullWidth > all / 2 ? '．' : '.';
}

/** GB-2: a level skipped under a parent ("（二）" → "（1）" without "1."); once per run of children. */
function checkSkips(h: Heading, report: (f: FindingInput) => void) {
  if (!h.children.length) return;
  // The first child of each skipped-to level, in the order they appear (at most two levels).
  const firsts: Heading[] = [];
  for (const c of h.children) if (c.level > h.level + 1 && !firsts.some((f) => f.level === c.level)) firsts.push(c);
  for (const c of firsts) {
    const missing = LEVEL_FORM[(h.level + 1) as HeadingLevel];
    report({
      range: c.titleRange,
      message: msg(
        `「${c.marker}」直接出现在「${h.marker}${h.title}」之下，跳过了“${missing}”一级（层级依次为“一、”“（一）”“1.”“（1）”）`,
        `"${c.marker}" comes straight under "${h.marker}${h.title}", skipping the level "${missing}" (levels go 一、, （一）, 1., （1）)`,
      ),
    });
  }
}

const LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

/** Sibling runs of one level under each parent, in document order; indexed by level. */
function runs(model: ReportModel): Heading[][][] {
  // Arrays indexed by level rather than maps: there are four levels, and this runs for every parent.
  const out: Heading[][][] = [[], [], [], [], []];
  const add = (siblings: readonly Heading[]) => {
    const byLevel: (Heading[] | undefined)[] = [];
    for (const s of siblings) {
      const run = byLevel[s.level];
      if (run) run.push(s);
      else byLevel[s.level] = [s];
    }
    for (const level of LEVELS) {
      const run = byLevel[level];
      if (run) out[level].push(run);
    }
  };
  add(model.outline);
  for (const h of model.headings) if (h.children.length) add(h.children);
  // The runs of parents come in document order; only runs among the outline's can be out of it.
  for (const list of out) if (!inOrder(list)) list.sort((a, b) => a[0].line - b[0].line);
  return out;
}

function inOrder(list: readonly Heading[][]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i][0].line < list[i - 1][0].line) return false;
  return true;
}

/**
 * 工作要点 number （一）…（二十六） straight through their 一、…五、 (GB-3's exception): a level whose every
 * run continues where the previous run stopped is checked as one sequence.
 */
function continuous(list: readonly Heading[][]): boolean {
  return list.length > 1 && list.every((run, i) => i === 0 || run[0].number === list[i - 1][list[i - 1].length - 1].number + 1);
}

/** GB-3: gaps, duplicates and restarts in one sequence. No fix: which heading is wrong is not certain. */
function checkSequence(seq: readonly Heading[], report: (f: FindingInput) => void) {
  seq.forEach((h, i) => {
    const lv = h.level;
    if (i === 0) {
      if (h.number !== 1) {
        report({ range: h.markerRange, message: msg(`编号应从「${shown(lv, 1)}」开始，此处为「${h.marker}」`, `Numbering should start at "${shown(lv, 1)}", not "${h.marker}"`) });
      }
      return;
    }
    const prev = seq[i - 1];
    if (h.number === prev.number + 1) return;
    const related = [{ range: prev.markerRange, message: msg('上一个同级标题', 'the previous heading of this level') }];
    const message =
      h.number === prev.number
        ? msg(`编号「${h.marker}」与上一个同级标题重复`, `"${h.marker}" repeats the number of the previous heading`)
        : h.number < prev.number
          ? msg(`编号从「${prev.marker}」回到「${h.marker}」，同一层级内应连续编号`, `Numbering goes back from "${prev.marker}" to "${h.marker}"; number one level consecutively`)
          : msg(
              `「${prev.marker}」之后是「${h.marker}」，缺少${Array.from({ length: h.number - prev.number - 1 }, (_, k) => `「${shown(lv, prev.number + 1 + k)}」`).join('')}`,
              `"${h.marker}" follows "${prev.marker}": ${h.number - prev.number - 1} number(s) skipped`,
            );
    report({ range: h.markerRange, message, related });
  });
}

export default defineRule({
  meta: {
    id: 'heading-numbering',
    description: msg(
      '标题序号：形式为“一、”“（一）”“1.”“（1）”，层级不跳级，同级编号连续、不重复（GB-1、GB-2、GB-3）',
      'Heading numbers: written 一、 （一） 1. （1）, no skipped levels, consecutive without gaps or duplicates (GB-1, GB-2, GB-3)',
    ),
    defaultSeverity: 'warning',
    fixable: true,
    appliesTo: ['annual-report', 'work-plan'],
    implements: ['GB-1', 'GB-2', 'GB-3'],
  },
  check(ctx) {
    const { model } = ctx;
    // A document that writes its level-3 stops full-width keeps that form in the fixes (GB-4).
    const stop = levelThreeStop(model.headings);
    for (const h of model.headings) {
      checkMarker(model, h, stop, ctx.report);
      checkSkips(h, ctx.report);
    }
    const byLevel = runs(model);
    for (const level of LEVELS) {
      const list = byLevel[level];
      // The parts of an annual report are missing-part's and part-order's business.
      if (level === 1 && model.kind === 'annual-report') continue;
      if (continuous(list)) checkSequence(list.flat(), ctx.report);
      else for (const run of list) checkSequence(run, ctx.report);
    }
  },
});
