import { LineIndex } from '../text/line-index';
import { matchMarker } from './heading-syntax';
import { Heading, HeadingLevel, LineKind } from './types';

interface MutableHeading extends Omit<Heading, 'sectionRange' | 'parent'> {
  sectionRange: { start: number; end: number };
  parent: Heading | undefined;
}

const RUN_IN_END = /[。：:；;！？]/;
const MAX_TITLE = 40;

/** Reads the numbered headings of the lines that are neither tables nor blank. */
export function readHeadings(lines: LineIndex, kinds: LineKind[]): Heading[] {
  const found: MutableHeading[] = [];
  for (const line of lines.lines) {
    if (kinds[line.number] !== 'prose') continue;
    const m = matchMarker(line.text);
    if (!m) continue;
    const afterMarker = m.start + m.marker.length;
    const rest = line.text.slice(afterMarker);
    const stop = rest.search(RUN_IN_END);
    let title = (stop >= 0 ? rest.slice(0, stop) : rest).trimEnd();
    if (title.length > MAX_TITLE) title = title.slice(0, MAX_TITLE);
    const markerStart = line.start + m.start;
    kinds[line.number] = 'heading';
    found.push({
      level: m.level as HeadingLevel,
      marker: m.marker,
      markerRange: { start: markerStart, end: markerStart + m.marker.length },
      number: m.number,
      title: title.trim(),
      titleRange: { start: markerStart, end: line.start + afterMarker + title.length },
      lineRange: { start: line.start, end: line.end },
      line: line.number,
      sectionRange: { start: line.start, end: lines.text.length },
      children: [],
      parent: undefined,
    });
  }
  return nest(found, lines);
}

/** Parents, children and section ends: a section runs to the next heading of the same or a higher level. */
function nest(found: MutableHeading[], lines: LineIndex): Heading[] {
  const stack: MutableHeading[] = [];
  const endBefore = (h: MutableHeading) => {
    // The section ends at the end of the last non-blank line before the next heading.
    let n = h.line;
    while (n > 0 && lines.lines[n - 1].text.trim() === '') n--;
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
  for (let n = lines.lineCount - 1; n >= 0 && lines.lines[n].text.trim() === ''; n--) end = n > 0 ? lines.lines[n - 1].end : 0;
  for (const h of stack) h.sectionRange.end = Math.max(h.lineRange.end, end);
  return found;
}
