import { perModel } from '../../model/memo';
import { ReportModel } from '../../model/types';
import { Line } from '../../text/line-index';
import { TextRange } from '../../text/range';
import { lineFinder, matchesAtCues, Offsets } from './common';
import { cuesOf } from './cues';

/**
 * Debris that DOCX→text converters leave behind (domain §7.1). Detection is shared: word-artifact
 * reports it, and the other hygiene rules leave these spans alone so their fixes never overlap.
 */
export type ArtifactKind = 'image' | 'bookmark' | 'footnote' | 'comment' | 'page-field' | 'field-code' | 'invisible' | 'private-use';

export interface Artifact {
  readonly kind: ArtifactKind;
  /** what the fix deletes: the debris, or its whole line (with the line break) when nothing else is on it */
  readonly range: TextRange;
  /** the debris itself, for messages */
  readonly text: string;
  /** the payload of an `[image: …]`, `[bookmark: …]`… */
  readonly payload?: string;
}

// Every pattern is linear: character classes that exclude their own terminator, and repeated groups
// that each start with a distinct literal. They are sticky: each is tried only at its cues (see cuesOf).
const BRACKET = /\[(image|bookmark|footnote|endnote|comment)\s*:\s*([^\]\n]*)\]/iy;
/** Word field codes: each is tried at its cue characters, the match starting `back` characters before. */
const INLINE_FIELDS: readonly { cues: string; back: number; pattern: RegExp }[] = [
  { cues: 'PNS', back: 0, pattern: /\b(?:PAGE|NUMPAGES|SECTIONPAGES)[ \t]+\\\*[ \t]*(?:MERGEFORMAT|Arabic|roman|ROMAN)\b(?:[ \t]+\\\*[ \t]*MERGEFORMAT\b)?/y },
  { cues: '*', back: 1, pattern: /\\\*[ \t]*MERGEFORMAT\b/y },
  { cues: 'H', back: 0, pattern: /\bHYPERLINK(?:[ \t]+\\[lo])?[ \t]+"[^"\n]*"(?:[ \t]+\\[a-z](?:[ \t]+"[^"\n]*")?)*/y },
  { cues: 'T', back: 0, pattern: /\bTOC(?:[ \t]+\\[a-z](?:[ \t]+"[^"\n]*")?)+/y },
  { cues: 'P', back: 0, pattern: /\bPAGEREF[ \t]+[A-Za-z_][\w]*(?:[ \t]+\\[a-z])*/y },
  { cues: 'E', back: 0, pattern: /\bEMBED[ \t]+[A-Za-z][\w.]*(?:[ \t]+\\[\w*]+)*/y },
];
/** A footer/header page field on a line of its own: `PAGE`, `NUMPAGES`, `PAGE \* MERGEFORMAT`. */
const PAGE_LINE = /^[ \u00a0\u3000]*(?:PAGE|NUMPAGES|SECTIONPAGES)(?:[ \t]+\\\*[ \t]*[A-Za-z]+)*[ \u00a0\u3000]*$/;
/** The first characters of PAGE_LINE's field names. */
const PAGE_LINE_FIRST = 'PNS';
/** The field's cached result, printed on the next line: `48`, `- 48 -`, `— 48 —`. */
const PAGE_VALUE = /^[ \u00a0\u3000]*[-—–－]?[ \u00a0\u3000]*\d{1,4}[ \u00a0\u3000]*[-—–－]?[ \u00a0\u3000]*$/;
const EDGE = /^[ \u00a0\u3000]*$/;

function wholeLine(model: ReportModel, line: Line, r: TextRange): boolean {
  if (model.lineKinds[line.number] === 'table' || line.text.includes('\t')) return false;
  return EDGE.test(model.text.slice(line.start, r.start)) && EDGE.test(model.text.slice(r.end, line.end));
}

/** The line itself with its break, so no empty line is left where the debris stood. */
function lineSpan(line: Line): TextRange {
  return { start: line.start, end: line.next };
}

function extendOverSpaces(text: string, end: number, limit: number): number {
  let e = end;
  while (e < limit && (text[e] === ' ' || text[e] === '\t')) e++;
  return e;
}

/** Maximal runs of consecutive offsets: the spans a `[…]+` pattern over those characters matches. */
function runsOf(offsets: Offsets): TextRange[] {
  const runs: TextRange[] = [];
  for (let i = 0; i < offsets.length; ) {
    const start = offsets[i];
    let end = start + 1;
    while (++i < offsets.length && offsets[i] === end) end++;
    runs.push({ start, end });
  }
  return runs;
}

export const findArtifacts = perModel((model: ReportModel): Artifact[] => {
  const { text } = model;
  const cues = cuesOf(model);
  const out: Artifact[] = [];
  const add = (kind: ArtifactKind, r: TextRange, payload?: string) => {
    const line = model.lines.lineAt(r.start);
    const range = wholeLine(model, line, r) && model.lines.lineAt(r.end).number === line.number ? lineSpan(line) : r;
    out.push({ kind, range, text: text.slice(r.start, r.end), payload });
  };

  for (const m of matchesAtCues(BRACKET, text, cues.placeholders)) {
    const kind = m[1].toLowerCase() === 'endnote' ? 'footnote' : (m[1].toLowerCase() as ArtifactKind);
    add(kind, { start: m.index, end: m.index + m[0].length }, m[2].trim());
  }

  // A page field's line holds its name: the lines to try are those of the names' first characters.
  const lines = model.lines.lines;
  const lineOf = lineFinder(model);
  const pageLines = new Set<number>();
  let tried = -1;
  for (const at of cues.fieldCodes) {
    const line = lineOf(at);
    if (line.number === tried || !PAGE_LINE_FIRST.includes(text[at])) continue;
    tried = line.number;
    if (!PAGE_LINE.test(line.text) || model.lineKinds[line.number] === 'table') continue;
    const value = lines[line.number + 1];
    const withValue = value && value.number !== line.number && PAGE_VALUE.test(value.text) && value.text.trim() !== '';
    const range = { start: line.start, end: withValue ? value.next : line.next };
    out.push({ kind: 'page-field', range, text: text.slice(line.start, withValue ? value.end : line.end).replace(/\s+$/, '') });
    pageLines.add(line.number);
  }

  for (const { cues: chars, back, pattern } of INLINE_FIELDS) {
    for (const m of matchesAtCues(pattern, text, cues.fieldCodes, (at) => (chars.includes(text[at]) ? at - back : undefined))) {
      const start = m.index;
      const line = lineOf(start);
      if (pageLines.has(line.number)) continue;
      const end = start + m[0].length;
      // Drop the spaces after the code too: the field's display text follows it.
      add('field-code', { start, end: extendOverSpaces(text, end, line.end) });
    }
  }

  for (const run of runsOf(cues.invisible)) {
    // A BOM at offset 0 is an encoding mark, not debris.
    const start = run.start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : run.start;
    if (start >= run.end) continue;
    out.push({ kind: 'invisible', range: { start, end: run.end }, text: text.slice(start, run.end) });
  }
  // Private-use glyphs from symbol fonts (Wingdings bullets and the like) show as boxes once published.
  for (const run of runsOf(cues.privateUse)) out.push({ kind: 'private-use', range: run, text: text.slice(run.start, run.end) });

  // Patterns may meet (MERGEFORMAT inside a whole-line field): keep the first of overlapping spans.
  out.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const kept: Artifact[] = [];
  for (const a of out) if (!kept.length || kept[kept.length - 1].range.end <= a.range.start) kept.push(a);
  return kept;
});
