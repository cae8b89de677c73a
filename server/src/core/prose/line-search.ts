import { ReportModel } from '../model/types';
import { Line } from '../text/line-index';
import { isProseLine } from './sentences';

// The readers of prose numbers and claims need only the few prose lines that hold a digit with a unit or
// a claim word. Asking each line costs a call per line; searching longer stretches of text in native code
// and starting again after each line found costs a call per line found. Neither a pattern nor a word given
// here can hold a line break, so every match lies inside one line.

const isProse = (model: ReportModel, n: number) => isProseLine(model.lineKinds[n]);

/**
 * The prose and heading lines in which the global pattern `re` matches, in order. Table rows are full of
 * digits that the pattern would stop at, so the search runs over the stretches of text between tables
 * only, each a slice of the text (which shares its characters, no copy).
 */
export function proseLinesMatching(model: ReportModel, re: RegExp): Line[] {
  const out: Line[] = [];
  const { lines } = model.lines;
  for (let n = 0; n < lines.length; n++) {
    if (model.lineKinds[n] === 'table') continue;
    const first = n;
    while (n + 1 < lines.length && model.lineKinds[n + 1] !== 'table') n++;
    const start = lines[first].start;
    const stretch = model.text.slice(start, lines[n].end);
    re.lastIndex = 0;
    while (re.test(stretch)) {
      const line = model.lines.lineAt(start + re.lastIndex - 1);
      if (isProse(model, line.number)) out.push(line);
      re.lastIndex = line.next - start;
    }
  }
  return out;
}

/** Calls `found` for each prose and heading line that holds `word`, in order. */
export function forProseLinesHolding(model: ReportModel, word: string, found: (line: Line) => void): void {
  const { text } = model;
  for (let at = text.indexOf(word); at >= 0; ) {
    const line = model.lines.lineAt(at);
    if (isProse(model, line.number)) found(line);
    at = text.indexOf(word, line.next);
  }
}
