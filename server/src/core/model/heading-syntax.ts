import { HeadingLevel } from './types';

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十六 → 26 (headings never go past 九十九). */
export function chineseNumeral(s: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十]+$/.test(s)) return undefined;
  if (!s.includes('十')) return s.length === 1 ? CN_DIGITS[s] : undefined;
  const [tens, ones] = s.split('十');
  const t = tens === '' ? 1 : CN_DIGITS[tens];
  const o = ones === '' ? 0 : CN_DIGITS[ones];
  return t === undefined || o === undefined ? undefined : t * 10 + o;
}

export function toChineseNumeral(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
}

export interface MarkerMatch {
  readonly level: HeadingLevel;
  /** offset of the marker inside the line */
  readonly start: number;
  readonly marker: string;
  readonly number: number;
}

const SPACE = '[ \\u00a0\\u3000]*';
const CN = '[一二三四五六七八九十]+';
// Level 1: 一、 (also the wrong forms 一. 一． 一，), not 一是/一方面.
const L1 = new RegExp(`^${SPACE}(${CN})([、.．，,])`);
// Level 2: （一） with full- or half-width brackets, possibly followed by a stray 、.
const L2 = new RegExp(`^${SPACE}([（(]${SPACE}(${CN})${SPACE}[）)]、?)`);
// Level 3: 1. 1． 1、 (not 1.5, not 2024年).
const L3 = new RegExp(`^${SPACE}(([0-9０-９]{1,2})[.．、](?![0-9０-９]))`);
// Level 4: （1）.
const L4 = new RegExp(`^${SPACE}([（(]${SPACE}([0-9０-９]{1,2})${SPACE}[）)]、?)`);

function arabic(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** The numbering marker a line starts with, if it reads as a heading (GB/T 9704 §7.3.3 levels). */
export function matchMarker(line: string): MarkerMatch | undefined {
  let m = L1.exec(line);
  if (m) {
    const n = chineseNumeral(m[1]);
    const start = line.indexOf(m[1]);
    if (n !== undefined) return { level: 1, start, marker: m[1] + m[2], number: n };
  }
  m = L2.exec(line);
  if (m) {
    const n = chineseNumeral(m[2]);
    if (n !== undefined) return { level: 2, start: line.indexOf(m[1]), marker: m[1], number: n };
  }
  m = L4.exec(line);
  if (m) return { level: 4, start: line.indexOf(m[1]), marker: m[1], number: arabic(m[2]) };
  m = L3.exec(line);
  if (m) return { level: 3, start: line.indexOf(m[1]), marker: m[1], number: arabic(m[2]) };
  return undefined;
}

/** A heading line ends a Word table (domain §8.2.6): numbered, or a part title on its own. */
export function looksLikeHeading(line: string): boolean {
  const m = matchMarker(line);
  if (!m) return false;
  // "1.5万" or a table row label such as "1.属于国家秘密" also start with markers, but those are
  // cell lines (they start with a TAB) and never reach here.
  return true;
}
