import { codeSet } from '../../text/code-set';
import { Heading, HeadingLevel } from '../../model/types';

const NUMERAL = codeSet('一二三四五六七八九十');
const DIGIT = codeSet('', '09');
const OPEN = '（'.charCodeAt(0);
const CLOSE = '）'.charCodeAt(0);
const COMMA = '、'.charCodeAt(0);
const STOPS = ['.'.charCodeAt(0), '．'.charCodeAt(0)];

/** Whether s[from, to) is a run of `min`…`max` characters of the class. */
function runOf(s: string, from: number, to: number, cls: Uint8Array, min: number, max: number): boolean {
  if (to - from < min || to - from > max) return false;
  for (let i = from; i < to; i++) if (cls[s.charCodeAt(i)] !== 1) return false;
  return true;
}

/**
 * The marker forms of GB/T 9704-2012 §7.3.3 (domain §6.1): 一、 （一） 1. （1）; `1．` with a full-width
 * stop also occurs and is accepted. Read by character code: a heading's marker is checked on every check.
 */
const CORRECT: Record<HeadingLevel, (m: string) => boolean> = {
  1: (m) => m.charCodeAt(m.length - 1) === COMMA && runOf(m, 0, m.length - 1, NUMERAL, 1, Infinity),
  2: (m) => bracketed(m) && runOf(m, 1, m.length - 1, NUMERAL, 1, Infinity),
  3: (m) => STOPS.includes(m.charCodeAt(m.length - 1)) && runOf(m, 0, m.length - 1, DIGIT, 1, 2),
  4: (m) => bracketed(m) && runOf(m, 1, m.length - 1, DIGIT, 1, 2),
};

function bracketed(m: string): boolean {
  return m.length >= 2 && m.charCodeAt(0) === OPEN && m.charCodeAt(m.length - 1) === CLOSE;
}

export const LEVEL_FORM: Record<HeadingLevel, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

/** Punctuation that must not follow a marker (GB-1: "（一）、", "1.、", "（1）："), flagged by character code. */
const STRAY_AFTER = codeSet('、，,.．:：');

function digits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^0-9]/g, '');
}

/** The marker as it should be written, keeping the number as written. */
export function canonicalMarker(h: Heading, stop: '.' | '．'): string {
  const numeral = h.marker.replace(/[^一二三四五六七八九十]/g, '');
  switch (h.level) {
    case 1:
      return `${numeral}、`;
    case 2:
      return `（${numeral}）`;
    case 3:
      return `${digits(h.marker)}${stop}`;
    case 4:
      return `（${digits(h.marker)}）`;
  }
}

/** Whether the marker is written right, and the character after it (its code, NaN at the end) is not stray punctuation. */
export function markerIsCorrect(h: Heading, next: number): boolean {
  return CORRECT[h.level](h.marker) && STRAY_AFTER[next] !== 1;
}

/** The length of the stray punctuation whose code is `next`: 1 or 0. */
export function strayAfter(next: number): number {
  return STRAY_AFTER[next] === 1 ? 1 : 0;
}

/** "一", "（三）", "5." for messages: the number in the level's correct form. */
export function numberAs(level: HeadingLevel, n: number, cn: (n: number) => string): string {
  const v = level <= 2 ? cn(n) : String(n);
  return level === 1 ? `${v}、` : level === 2 || level === 4 ? `（${v}）` : `${v}.`;
}
