import { strict as assert } from 'assert';
import fc from 'fast-check';
import { chineseNumeral, matchMarker } from '../../../server/src/core/model/heading-syntax';
import { fcParams } from '../robustness/arbitraries';

// chineseNumeral and matchMarker read character codes through lookup tables; each is checked here
// against the plain regular-expression version it replaced.

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function chineseNumeralReference(s: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十]+$/.test(s)) return undefined;
  if (!s.includes('十')) return s.length === 1 ? CN_DIGITS[s] : undefined;
  const [tens, ones] = s.split('十');
  const t = tens === '' ? 1 : CN_DIGITS[tens];
  const o = ones === '' ? 0 : CN_DIGITS[ones];
  return t === undefined || o === undefined ? undefined : t * 10 + o;
}

const SPACE = '[ \\u00a0\\u3000]*';
const CN = '[一二三四五六七八九十]+';
const L1 = new RegExp(`^${SPACE}(${CN})([、.．，,])`);
const L2 = new RegExp(`^${SPACE}([（(]${SPACE}(${CN})${SPACE}[）)]、?)`);
const L3 = new RegExp(`^${SPACE}(([0-9０-９]{1,2})[.．、](?![0-9０-９]))`);
const L4 = new RegExp(`^${SPACE}([（(]${SPACE}([0-9０-９]{1,2})${SPACE}[）)]、?)`);
const arabic = (s: string) => Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
function matchMarkerReference(line: string) {
  let m = L1.exec(line);
  if (m) {
    const n = chineseNumeralReference(m[1]);
    if (n !== undefined) return { level: 1, start: line.indexOf(m[1]), marker: m[1] + m[2], number: n };
  }
  m = L2.exec(line);
  if (m) {
    const n = chineseNumeralReference(m[2]);
    if (n !== undefined) return { level: 2, start: line.indexOf(m[1]), marker: m[1], number: n };
  }
  m = L4.exec(line);
  if (m) return { level: 4, start: line.indexOf(m[1]), marker: m[1], number: arabic(m[2]) };
  m = L3.exec(line);
  if (m) return { level: 3, start: line.indexOf(m[1]), marker: m[1], number: arabic(m[2]) };
  return undefined;
}

const numerals = fc.string({ unit: fc.constantFrom(...'零〇一二两三四五六七八九十x'), maxLength: 6 });
const markerish = fc.string({ unit: fc.constantFrom(...' \u00a0\u3000\t（()）一二十两零、.．，,:：0１9５x文'), maxLength: 10 });

describe('heading syntax: table lookups agree with the regular expressions', () => {
  it('chineseNumeral', () => {
    fc.assert(fc.property(numerals, (s) => assert.equal(chineseNumeral(s), chineseNumeralReference(s))), fcParams(3000));
  });

  it('matchMarker', () => {
    fc.assert(fc.property(markerish, (s) => assert.deepEqual(matchMarker(s), matchMarkerReference(s))), fcParams(5000));
  });

  it('reads the usual numerals', () => {
    assert.deepEqual(['一', '十', '十二', '二十', '二十六', '九十九', '两', '〇'].map(chineseNumeral), [1, 10, 12, 20, 26, 99, 2, 0]);
    assert.deepEqual(['', '一二', '十十一', '百', '二十三四'].map(chineseNumeral), [undefined, undefined, 10, undefined, undefined]);
  });
});
