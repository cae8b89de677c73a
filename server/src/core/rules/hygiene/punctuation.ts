import { Localized, msg } from '../../i18n';
import { Heading, LineKind, ReportModel } from '../../model/types';
import { Line } from '../../text/line-index';
import { TextRange } from '../../text/range';
import { defineRule, RuleContext } from '../types';
import { findArtifacts } from './artifacts';
import { CJK, CJK_PUNCT, classAt, DIGIT, HAN, lineFinder, SpanSet, WHITE_SPACE } from './common';
import { cuesOf } from './cues';
import { docNumbersOf } from './doc-numbers';
import { localPathsOf } from './local-paths';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };
/** The lines checked: all but blank ones (spaces only outside tables). */
const isChecked = (kind: LineKind) => kind === 'prose' || kind === 'heading' || kind === 'title' || kind === 'table';
const isSpace = (c: number) => c === 0x20 || c === 0xa0;

/**
 * The spans a fix must stay clear of: those other rules own (debris, document numbers, paths) and the
 * heading markers with the character after them (heading-numbering's). The few owned spans go into a
 * SpanSet; the markers, one per heading, are searched where the model keeps them (see `markerOverlaps`)
 * rather than copied and sorted with the others for the one or two fixes of a document that ask.
 */
class Excluded {
  private readonly owned: SpanSet;

  constructor(private readonly model: ReportModel) {
    const spans: TextRange[] = [];
    for (const a of findArtifacts(model)) spans.push(a.range);
    for (const d of docNumbersOf(model)) spans.push(d.range);
    for (const p of localPathsOf(model)) spans.push(p.range);
    this.owned = new SpanSet(spans);
  }

  overlaps(r: TextRange): boolean {
    return markerOverlaps(this.model.headings, r) || this.owned.overlaps(r);
  }
}

/**
 * Whether `r` overlaps a heading's marker or the character after it. The headings are in document order,
 * one per line, so their markers' starts and ends both increase: of the markers that start before `r`
 * ends (a prefix, found by binary search), the last one reaches furthest.
 */
export function markerOverlaps(headings: readonly Heading[], r: TextRange): boolean {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].markerRange.start < r.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && headings[lo - 1].markerRange.end + 1 > r.start;
}

type SpaceProblem = 'punctuation' | 'number' | 'nbsp-in-chinese' | 'nbsp';

/** What a run of spaces between two characters (given by their classes) is, or undefined when it is fine. */
function spaceProblem(left: number, right: number, nbsp: boolean): SpaceProblem | undefined {
  if ((left & CJK_PUNCT && right & (CJK | DIGIT)) || (right & CJK_PUNCT && left & (CJK | DIGIT))) return 'punctuation';
  if ((left & HAN && right & DIGIT) || (left & DIGIT && right & HAN)) return 'number';
  if (!nbsp) return undefined;
  // A no-break space inside prose is layout debris; next to Chinese text no space belongs there at all.
  return (left | right) & CJK ? 'nbsp-in-chinese' : 'nbsp';
}

function spaceMessage(problem: SpaceProblem, nbsp: boolean): Localized {
  const nb = nbsp ? msg('（含不间断空格 NBSP）', ' (a no-break space)') : msg('', '');
  switch (problem) {
    case 'punctuation':
      return msg(`中文标点前后多了空格${nb.zh}`, `Stray space next to Chinese punctuation${nb.en}`);
    case 'number':
      return msg(`数字与汉字之间多了空格${nb.zh}（如「2021 年」「2000 余次」）`, `Stray space between a number and Chinese text${nb.en} (as in "2021 年")`);
    case 'nbsp-in-chinese':
      return msg('正文中有不间断空格（NBSP）', 'No-break space (NBSP) in the text');
    case 'nbsp':
      return msg('正文中有不间断空格（NBSP），应为普通空格', 'No-break space (NBSP) in the text; use an ordinary space');
  }
}

/**
 * The punctuation checks, run over the cues of the text (half-width , ; : ( ), spaces) in order.
 * Findings are built only once they are certain, and the other rules' spans to leave alone are
 * gathered only when a first finding needs them.
 */
class PunctuationScan {
  private readonly text: string;
  private readonly lineOf: (offset: number) => Line;
  private skip: Excluded | undefined;
  /** the `(` waiting for its `)` */
  private open = -1;
  /** the end of the last run of spaces looked at */
  private spacesEnd = -1;
  /** the line whose text bounds (without indentation and trailing spaces) are `first`…`last` */
  private trimmed: Line | undefined;
  private first = 0;
  private last = 0;

  constructor(private readonly ctx: RuleContext) {
    this.text = ctx.model.text;
    this.lineOf = lineFinder(ctx.model);
  }

  at(offset: number): void {
    const line = this.lineOf(offset);
    const kind = this.ctx.model.lineKinds[line.number];
    if (!isChecked(kind)) return;
    const c = this.text[offset];
    if (c === ',' || c === ';' || c === ':') this.halfWidthMark(offset, c);
    else if (c === '(') this.open = offset;
    else if (c === ')') {
      // A pair stands on one line.
      if (this.open >= line.start) this.halfWidthParens(this.open, offset);
      this.open = -1;
    } else if (kind !== 'table' && offset >= this.spacesEnd) {
      // In a table, tabs and spaces lay out the cells.
      this.spaces(line, offset);
    }
  }

  /** Whether a fix may change the range: it must stay clear of the other rules' spans. */
  private clear(r: TextRange): boolean {
    this.skip ??= new Excluded(this.ctx.model);
    return !this.skip.overlaps(r);
  }

  /** `作用,推进` → `作用，推进`: a half-width , ; : after Chinese text and before Chinese text or a number. */
  private halfWidthMark(i: number, c: string): void {
    let j = i + 1;
    while (isSpace(this.text.charCodeAt(j))) j++;
    if (!(classAt(this.text, i - 1) & CJK) || !(classAt(this.text, j) & (CJK | DIGIT))) return;
    const range = { start: i, end: j };
    if (!this.clear(range)) return;
    this.ctx.report({
      range,
      message: msg(`中文句中使用了半角标点「${c}」，应为「${FULL[c]}」`, `Half-width "${c}" in Chinese text; use "${FULL[c]}"`),
      fix: { title: msg(`改为「${FULL[c]}」`, `Change to "${FULL[c]}"`), edits: [{ range, newText: FULL[c] }] },
    });
  }

  /** `通知》(国办…60号)和` → full-width parentheses, when the pair stands in Chinese text (it may enclose another rule's span). */
  private halfWidthParens(open: number, close: number): void {
    const { text } = this;
    let chinese = ((classAt(text, open - 1) | classAt(text, close + 1)) & CJK) !== 0;
    let blank = true;
    for (let k = open + 1; k < close && (blank || !chinese); k++) {
      const cls = classAt(text, k);
      chinese ||= (cls & HAN) !== 0;
      blank &&= (cls & WHITE_SPACE) !== 0;
    }
    if (blank || !chinese) return;
    const edits = [
      { range: { start: open, end: open + 1 }, newText: '（' },
      { range: { start: close, end: close + 1 }, newText: '）' },
    ];
    if (!this.clear(edits[0].range) || !this.clear(edits[1].range)) return;
    this.ctx.report({
      range: { start: open, end: close + 1 },
      message: msg('中文句中使用了半角括号「()」，应为「（）」', 'Half-width parentheses "()" in Chinese text; use "（）"'),
      fix: { title: msg('改为「（）」', 'Change to "（）"'), edits },
    });
  }

  /** A run of spaces inside a line (indentation and trailing spaces are layout, left alone). */
  private spaces(line: Line, i: number): void {
    const { text } = this;
    this.trim(line);
    if (i < this.first || i >= this.last) return;
    let j = i;
    let nbsp = false;
    for (let c = text.charCodeAt(j); isSpace(c); c = text.charCodeAt(++j)) nbsp ||= c === 0xa0;
    this.spacesEnd = j;
    const problem = spaceProblem(classAt(text, i - 1), classAt(text, j), nbsp);
    if (!problem) return;
    const range = { start: i, end: j };
    if (!this.clear(range)) return;
    const replace = problem === 'nbsp' ? ' ' : '';
    this.ctx.report({
      range,
      message: spaceMessage(problem, nbsp),
      fix: { title: replace ? msg('改为普通空格', 'Use an ordinary space') : msg('删除空格', 'Remove the space'), edits: [{ range, newText: replace }] },
    });
  }

  /** The bounds of the line's text without its leading and trailing white space, once per line. */
  private trim(line: Line): void {
    if (this.trimmed === line) return;
    this.trimmed = line;
    let first = line.start;
    while (first < line.end && classAt(this.text, first) & WHITE_SPACE) first++;
    let last = line.end;
    while (last > first && classAt(this.text, last - 1) & WHITE_SPACE) last--;
    this.first = first;
    this.last = last;
  }
}

export default defineRule({
  meta: {
    id: 'punctuation',
    description: msg(
      '中文标点与空格：中文句中不用半角“, ; : ( )”，中文标点前后、数字与汉字之间不留空格，正文不用不间断空格',
      'Chinese punctuation and spaces: no half-width , ; : ( ) in Chinese text, no spaces around Chinese punctuation or between numbers and Chinese text, no no-break spaces in prose',
    ),
    defaultSeverity: 'information',
    fixable: true,
    appliesTo: ['annual-report', 'work-plan'],
  },
  check(ctx) {
    const scan = new PunctuationScan(ctx);
    for (const offset of cuesOf(ctx.model).punctuation) scan.at(offset);
  },
});
