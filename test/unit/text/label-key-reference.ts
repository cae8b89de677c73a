import { SPACE_CLASS } from '../../../server/src/core/text/normalize';

const ANY_SPACE = new RegExp(`[${SPACE_CLASS}]`, 'g');

/** labelKey as the plain replacements it replaced: what the tests hold the fast versions to. */
export function labelKeyReference(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(ANY_SPACE, '')
    .replace(/[“”"「」]/g, '"')
    .replace(/．/g, '.');
}
