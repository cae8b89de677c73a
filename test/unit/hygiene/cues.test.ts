import { strict as assert } from 'assert';
import { CJK, CJK_PUNCT, classAt, DIGIT, HAN, SpanSet, WHITE_SPACE } from '../../../server/src/core/rules/hygiene/common';
import { scanCues } from '../../../server/src/core/rules/hygiene/cues';
import { findDocNumbers } from '../../../server/src/core/rules/hygiene/doc-numbers';
import { findLocalPaths } from '../../../server/src/core/rules/hygiene/local-paths';
import { rng } from './helpers';

// The hygiene rules read character classes from a table and try their patterns only at cues found in
// one pass. These tests hold the table to the definitions it replaces and the cue-driven searches to
// the global searches they replace, on random text dense in the characters that matter.

/** Random text over an alphabet of the characters the hygiene patterns care about. */
function randomText(seed: number, length: number): string {
  const pieces = [
    '政', '府', '信', '息', '号', '第', '年', '月', '日', '0', '1', '2', '3', '6', '8', '9', '2020', '138', '86', '+',
    ' ', '\t', '\u3000', '\u00a0', ',', ';', ':', '(', ')', '（', '）', '〔', '〕', '[', ']', '［', '】', '【', '{', '}',
    '﹝', '〈', '\\', '/', 'C', 'c', 'a', 'Users', 'home', 'file', 'Tencent', '@', 'qq.com', '.', '-', '\n', '《', '》',
    '<', '>', '＜', '＞', 'X', '\u200b', '\ufeff', '\ue000', 'P', 'PAGE', '*', '_',
    'C:\\', 'D:/', '\\\\srv\\', '/Users/', '/home/', 'file://', '，', '。',
  ];
  const next = rng(seed);
  let s = '';
  while (s.length < length) s += pieces[Math.floor(next() * pieces.length)];
  return s;
}

describe('hygiene character classes and cues', () => {
  it('the class table agrees with the definitions for every UTF-16 code unit', () => {
    const cjkPunct = (c: number, ch: string) =>
      (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || '“”‘’…—·'.includes(ch);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const cls = classAt(ch, 0);
      assert.equal(!!(cls & HAN), (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf), `HAN ${c.toString(16)}`);
      assert.equal(!!(cls & CJK_PUNCT), cjkPunct(c, ch), `CJK_PUNCT ${c.toString(16)}`);
      assert.equal(!!(cls & DIGIT), c >= 0x30 && c <= 0x39, `DIGIT ${c.toString(16)}`);
      assert.equal(!!(cls & WHITE_SPACE), /\s/.test(ch), `WHITE_SPACE ${c.toString(16)}`);
    }
    assert.equal(classAt('中', -1), 0);
    assert.equal(classAt('中', 1), 0);
    assert.equal(classAt('中', 0) & CJK, HAN);
  });

  it('finds every cue of every group, and the runs of digits where ID and mobile numbers may start', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = randomText(seed, 3000);
      const cues = scanCues(text);
      const offsetsOf = (chars: string) => [...text].flatMap((ch, i) => (chars.includes(ch) ? [i] : []));
      assert.deepEqual([...cues.punctuation], offsetsOf(',;:() \u00a0'));
      assert.deepEqual([...cues.docNumberBrackets], offsetsOf('[［【(（〈﹝{〔'));
      assert.deepEqual([...cues.placeholders], offsetsOf('['));
      assert.deepEqual([...cues.fieldCodes], offsetsOf('PNSHTE*'));
      assert.deepEqual([...cues.invisible], offsetsOf('\u200b\u200c\u200e\u200f\u2060\u00ad\ufeff'));
      assert.deepEqual([...cues.pathMarks], offsetsOf(':\\/'));
      assert.deepEqual([...cues.mailboxes], offsetsOf('@'));
      assert.deepEqual([...cues.years], offsetsOf('年'));
      assert.deepEqual([...cues.titles], offsetsOf('《》<>＜＞'));
      assert.deepEqual([...cues.privateUse], offsetsOf('\ue000'));
      const runs = [...text.matchAll(/\d+/g)];
      assert.deepEqual([...cues.longDigitRuns], runs.filter((m) => m[0].length >= 17).map((m) => m.index));
      assert.deepEqual([...cues.mobileRuns], runs.filter((m) => /^(?:1[3-9]|86)/.test(m[0])).map((m) => m.index));
    }
  });

  it('finds the document numbers a global search of the text finds', () => {
    // The pattern as a global search, the way it was before it was tried only at brackets.
    const SP = '[ \\t\\u3000]*';
    const global = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})([ \\t\\u3000]?)([\\[［【(（〈﹝{〔])${SP}(\\d{2,4})${SP}([\\]］】)）〉﹞}〕])${SP}(第?)${SP}(\\d{1,5})(${SP}号)?`, 'g');
    // Without 号, a number that runs on into digits, Han or a list is not certainly one.
    const runsOn = (after: string) => /^[\d\u4e00-\u9fff]/.test(after) || /^[、，,]\s*\d|^[-—~～至到]/.test(after);
    let seen = 0;
    for (let seed = 1; seed <= 200; seed++) {
      // Agency codes before the brackets, every other one with a stray space.
      let k = 0;
      const text = randomText(seed, 2000).replace(/[（(〔［]/g, (b) => `国发${k++ % 2 ? ' ' : ''}${b}20`);
      const expected = [...text.matchAll(global)]
        .filter((m) => m[7] || !runsOn(text.slice(m.index + m[0].length, m.index + m[0].length + 3)))
        .map((m) => ({ start: m.index, end: m.index + m[0].length }));
      assert.deepEqual(findDocNumbers(text).map((d) => d.range), expected, `seed ${seed}`);
      seen += expected.length;
    }
    assert.ok(seen > 50, String(seen));
  });

  it('finds the local paths the global searches find', () => {
    const CH = '[^\\\\/\\s\\]:"<>|*?，。；：、）》“”]';
    const SEGMENT = `${CH}+(?: ${CH}+)*`;
    const globals = [
      /\bfile:\/\/[^\s\]"<>，。；：、）》“”]*/gi,
      new RegExp(`(?<![A-Za-z0-9])[A-Za-z]:[\\\\/](?:${SEGMENT}[\\\\/])*${CH}*`, 'g'),
      /(?<![\\\w])\\\\[A-Za-z0-9._$-]+\\[^\s\]"<>|*?，。；：、）》“”]*/g,
      /(?<![\w.~%/:\\-])\/(?:Users|home|root|Volumes|mnt|media)\/[^\s\]"<>|，。；：、）》“”]+/g,
    ];
    let seen = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const text = randomText(seed, 2000);
      const expected: { start: number; end: number }[] = [];
      for (const re of globals) {
        for (const m of text.matchAll(re)) {
          const start = m.index;
          if (expected.some((p) => p.start <= start && start < p.end)) continue;
          if (m[0].replace(/^[A-Za-z]:[\\/]/, '').length === 0) continue;
          expected.push({ start, end: start + m[0].length });
        }
      }
      expected.sort((a, b) => a.start - b.start);
      assert.deepEqual(findLocalPaths(text).map((p) => p.range), expected, `seed ${seed}`);
      seen += expected.length;
    }
    assert.ok(seen > 100, String(seen));
  });

  it('tells whether a range overlaps any of a set of spans', () => {
    const spans = [
      { start: 10, end: 20 },
      { start: 12, end: 14 },
      { start: 30, end: 31 },
      { start: 5, end: 5 },
    ];
    const set = new SpanSet(spans);
    for (let start = 0; start < 40; start++) {
      for (let end = start + 1; end < 42; end++) {
        const expected = spans.some((s) => start < s.end && s.start < end);
        assert.equal(set.overlaps({ start, end }), expected, `${start}-${end}`);
      }
    }
  });
});
