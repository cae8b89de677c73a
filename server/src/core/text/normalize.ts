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

// Characters labelKey changes; text without them (and without a bookmark) is its own key.
const LABEL_WORK = /[\uff01-\uff5e \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff“”「」]/;

/** Text for label matching: no spaces, half-width, unified quotes and stops. */
export function labelKey(s: string): string {
  const bookmark = s.indexOf('[') >= 0 || s.indexOf('［') >= 0;
  if (!bookmark) {
    if (!LABEL_WORK.test(s)) return s;
    // One pass over the characters: the same result as the replacements below, without four new strings.
    let out = '';
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
      switch (c) {
        case 0x20: case 0x09: case 0xa0: case 0x3000: case 0x2002: case 0x2003: case 0x2009: case 0x200b: case 0xfeff:
          continue;
        case 0x201c: case 0x201d: case 0x300c: case 0x300d:
          c = 0x22;
      }
      out += String.fromCharCode(c);
    }
    return out;
  }
  return toHalfWidth(s)
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(ANY_SPACE, '')
    .replace(/[“”"「」]/g, '"')
    .replace(/．/g, '.');
}
