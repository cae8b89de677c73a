/** Characters the reports use for layout that count as white space when reading structure. */
export const SPACE_CLASS = ' \\t\\u00a0\\u3000\\u2002\\u2003\\u2009\\u200b\\ufeff';
const EDGE_SPACE = new RegExp(`^[${SPACE_CLASS}]+|[${SPACE_CLASS}]+$`, 'g');
const BLANK = new RegExp(`^[${SPACE_CLASS}]*$`);

export function trimSpace(s: string): string {
  return s.replace(EDGE_SPACE, '');
}

export function isBlank(s: string): boolean {
  return BLANK.test(s);
}

const LEADING = new RegExp(`^[${SPACE_CLASS}]*`);
const ANY_SPACE = new RegExp(`[${SPACE_CLASS}]`, 'g');

/** Leading white space length (ASCII, NBSP, ideographic space). */
export function leadingSpace(s: string): number {
  return LEADING.exec(s)![0].length;
}

/** Full-width ASCII variants (！ to ～) to ASCII; the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Text for label matching: no spaces, half-width, unified quotes and stops. */
export function labelKey(s: string): string {
  return toHalfWidth(s)
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(ANY_SPACE, '')
    .replace(/[“”"「」]/g, '"')
    .replace(/．/g, '.');
}
