import { Heading, HeadingLevel } from '../../model/types';

/** The marker forms of GB/T 9704-2012 §7.3.3 (domain §6.1); `1．` with a full-width stop also occurs and is accepted. */
const CORRECT: Record<HeadingLevel, RegExp> = {
  1: /^[一二三四五六七八九十]+、$/,
  2: /^（[一二三四五六七八九十]+）$/,
  3: /^[0-9]{1,2}[.．]$/,
  4: /^（[0-9]{1,2}）$/,
};

export const LEVEL_FORM: Record<HeadingLevel, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

/** Punctuation that must not follow a marker (GB-1: "（一）、", "1.、", "（1）："), by character code. */
const STRAY_AFTER: ReadonlySet<number> = new Set(Array.from('、，,.．:：', (c) => c.charCodeAt(0)));

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
  return CORRECT[h.level].test(h.marker) && !STRAY_AFTER.has(next);
}

/** The length of the stray punctuation whose code is `next`: 1 or 0. */
export function strayAfter(next: number): number {
  return STRAY_AFTER.has(next) ? 1 : 0;
}

/** "一", "（三）", "5." for messages: the number in the level's correct form. */
export function numberAs(level: HeadingLevel, n: number, cn: (n: number) => string): string {
  const v = level <= 2 ? cn(n) : String(n);
  return level === 1 ? `${v}、` : level === 2 || level === 4 ? `（${v}）` : `${v}.`;
}
