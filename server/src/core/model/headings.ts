import { codeSet } from '../text/code-set';
import { Line, LineIndex } from '../text/line-index';
import { isWhiteSpace, skipSpaceBackward, skipSpaceForward } from '../text/normalize';
import { MarkerMatch, matchMarker } from './heading-syntax';
import { Heading, LineKind } from './types';

interface MutableHeading extends Omit<Heading, 'sectionRange' | 'parent'> {
  sectionRange: { start: number; end: number };
  parent: Heading | undefined;
}

/** The stops that end a run-in heading's title, flagged by character code (read on every heading line). */
const RUN_IN_END = codeSet('。：:；;！？');
const MAX_TITLE = 40;

/**
 * The end of the heading's title after its marker: up to the first run-in stop, without trailing space, cut
 * at MAX_TITLE characters (a cut keeps the space it falls in). The scan ends as soon as the cut is certain
 * (a character other than space past MAX_TITLE), so a run-in heading's long paragraph is not read to its end.
 */
function titleEnd(text: string, from: number): number {
  const cut = from + MAX_TITLE;
  let i = from;
  for (; i < text.length && RUN_IN_END[text.charCodeAt(i)] === 0; i++) {
    if (i >= cut && !isWhiteSpace(text.charCodeAt(i))) return cut;
  }
  return skipSpaceBackward(text, from, Math.min(i, cut));
}

/** Whether the line holds nothing but white space (what `trim` removes). */
function isEmptyLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

function headingOf(line: Line, m: MarkerMatch, textLength: number): MutableHeading {
  const afterMarker = m.start + m.marker.length;
  const titleTo = titleEnd(line.text, afterMarker);
  // The title is cut once, trimmed (a cut title may end in space): slicing and trimming cut up to three strings.
  const titleFrom = skipSpaceForward(line.text, afterMarker, titleTo);
  const markerStart = line.start + m.start;
  return {
    level: m.level,
    marker: m.marker,
    markerRange: { start: markerStart, end: markerStart + m.marker.length },
    number: m.number,
    title: line.text.slice(titleFrom, skipSpaceBackward(line.text, titleFrom, titleTo)),
    titleRange: { start: markerStart, end: line.start + titleTo },
    lineRange: { start: line.start, end: line.end },
    line: line.number,
    sectionRange: { start: line.start, end: textLength },
    children: [],
    parent: undefined,
  };
}

/** Reads the numbered headings of the lines that are neither tables nor blank. */
export function readHeadings(lines: LineIndex, kinds: LineKind[]): Heading[] {
  const found: MutableHeading[] = [];
  const all = lines.lines;
  for (let n = 0; n < all.length; n++) {
    if (kinds[n] !== 'prose') continue;
    const m = matchMarker(all[n].text);
    if (!m) continue;
    kinds[n] = 'heading';
    found.push(headingOf(all[n], m, lines.text.length));
  }
  return nest(found, lines);
}

/** Parents, children and section ends: a section runs to the next heading of the same or a higher level. */
function nest(found: MutableHeading[], lines: LineIndex): Heading[] {
  const stack: MutableHeading[] = [];
  const endBefore = (h: MutableHeading) => {
    // The section ends at the end of the last non-blank line before the next heading.
    let n = h.line;
    while (n > 0 && isEmptyLine(lines.lines[n - 1].text)) n--;
    return n > 0 ? lines.lines[n - 1].end : 0;
  };
  for (const h of found) {
    while (stack.length && stack[stack.length - 1].level >= h.level) {
      const done = stack.pop()!;
      done.sectionRange.end = Math.max(done.lineRange.end, endBefore(h));
    }
    const parent = stack[stack.length - 1];
    h.parent = parent;
    parent?.children.push(h);
    stack.push(h);
  }
  let end = lines.text.length;
  // Trailing blank lines belong to no section.
  for (let n = lines.lineCount - 1; n >= 0 && isEmptyLine(lines.lines[n].text); n--) end = n > 0 ? lines.lines[n - 1].end : 0;
  for (const h of stack) h.sectionRange.end = Math.max(h.lineRange.end, end);
  return found;
}
