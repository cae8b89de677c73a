import { ReportModel } from '../../model/types';
import { Line } from '../../text/line-index';
import { TextRange } from '../../text/range';
import { perModel } from './common';

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
// that each start with a distinct literal.
const BRACKET = /\[(image|bookmark|footnote|endnote|comment)\s*:\s*([^\]\n]*)\]/gi;
const INLINE_FIELDS: readonly RegExp[] = [
  /\b(?:PAGE|NUMPAGES|SECTIONPAGES)[ \t]+\\\*[ \t]*(?:MERGEFORMAT|Arabic|roman|ROMAN)\b(?:[ \t]+\\\*[ \t]*MERGEFORMAT\b)?/g,
  /\\\*[ \t]*MERGEFORMAT\b/g,
  /\bHYPERLINK(?:[ \t]+\\[lo])?[ \t]+"[^"\n]*"(?:[ \t]+\\[a-z](?:[ \t]+"[^"\n]*")?)*/g,
  /\bTOC(?:[ \t]+\\[a-z](?:[ \t]+"[^"\n]*")?)+/g,
  /\bPAGEREF[ \t]+[A-Za-z_][\w]*(?:[ \t]+\\[a-z])*/g,
  /\bEMBED[ \t]+[A-Za-z][\w.]*(?:[ \t]+\\[\w*]+)*/g,
];
/** A footer/header page field on a line of its own: `PAGE`, `NUMPAGES`, `PAGE \* MERGEFORMAT`. */
const PAGE_LINE = /^[ \u00a0\u3000]*(?:PAGE|NUMPAGES|SECTIONPAGES)(?:[ \t]+\\\*[ \t]*[A-Za-z]+)*[ \u00a0\u3000]*$/;
/** The field's cached result, printed on the next line: `48`, `- 48 -`, `— 48 —`. */
const PAGE_VALUE = /^[ \u00a0\u3000]*[-—–－]?[ \u00a0\u3000]*\d{1,4}[ \u00a0\u3000]*[-—–－]?[ \u00a0\u3000]*$/;
/** Zero-width space/non-joiner, word joiner, LRM/RLM, soft hyphen, BOM. A BOM at offset 0 is an encoding mark, not debris. */
const INVISIBLE = /[\u200b\u200c\u200e\u200f\u2060\u00ad\ufeff]+/g;
/** Private-use glyphs from symbol fonts (Wingdings bullets and the like) show as boxes once published. */
const PRIVATE_USE = /[\ue000-\uf8ff]+/g;
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

export const findArtifacts = perModel((model: ReportModel): Artifact[] => {
  const { text } = model;
  const out: Artifact[] = [];
  const add = (kind: ArtifactKind, r: TextRange, payload?: string) => {
    const line = model.lines.lineAt(r.start);
    const range = wholeLine(model, line, r) && model.lines.lineAt(r.end).number === line.number ? lineSpan(line) : r;
    out.push({ kind, range, text: text.slice(r.start, r.end), payload });
  };

  for (const m of text.matchAll(BRACKET)) {
    const kind = m[1].toLowerCase() === 'endnote' ? 'footnote' : (m[1].toLowerCase() as ArtifactKind);
    add(kind, { start: m.index, end: m.index + m[0].length }, m[2].trim());
  }

  const lines = model.lines.lines;
  const pageLines = new Set<number>();
  for (const line of lines) {
    if (!PAGE_LINE.test(line.text) || model.lineKinds[line.number] === 'table') continue;
    const value = lines[line.number + 1];
    const withValue = value && value.number !== line.number && PAGE_VALUE.test(value.text) && value.text.trim() !== '';
    const range = { start: line.start, end: withValue ? value.next : line.next };
    out.push({ kind: 'page-field', range, text: text.slice(line.start, withValue ? value.end : line.end).replace(/\s+$/, '') });
    pageLines.add(line.number);
  }

  for (const re of INLINE_FIELDS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const line = model.lines.lineAt(start);
      if (pageLines.has(line.number)) continue;
      const end = start + m[0].length;
      // Drop the spaces after the code too: the field's display text follows it.
      add('field-code', { start, end: extendOverSpaces(text, end, line.end) });
    }
  }

  for (const m of text.matchAll(INVISIBLE)) {
    let start = m.index;
    if (start === 0 && m[0][0] === '\ufeff') start = 1;
    if (start >= m.index + m[0].length) continue;
    out.push({ kind: 'invisible', range: { start, end: m.index + m[0].length }, text: text.slice(start, m.index + m[0].length) });
  }
  for (const m of text.matchAll(PRIVATE_USE)) out.push({ kind: 'private-use', range: { start: m.index, end: m.index + m[0].length }, text: m[0] });

  // Patterns may meet (MERGEFORMAT inside a whole-line field): keep the first of overlapping spans.
  out.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const kept: Artifact[] = [];
  for (const a of out) if (!kept.length || kept[kept.length - 1].range.end <= a.range.start) kept.push(a);
  return kept;
});
