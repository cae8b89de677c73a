import { strict as assert } from 'assert';
import { LineIndex } from '../../../server/src/core/text/line-index';

describe('LineIndex (UTF-16 positions)', () => {
  it('round-trips every offset of text with astral characters, CRLF, CR, NBSP and full-width text', () => {
    const text = '𠀀标题\r\n（一）１２３\u00a0件\r第三行😀x\n\n最后';
    const idx = new LineIndex(text);
    for (let off = 0; off <= text.length; off++) {
      const pos = idx.positionAt(off);
      const back = idx.offsetAt(pos);
      // Offsets inside a CRLF pair map to the end of the line.
      if (text[off - 1] === '\r' && text[off] === '\n') assert.equal(back, off - 1);
      else assert.equal(back, off, `offset ${off}`);
    }
  });

  it('counts columns in UTF-16 code units: an astral character is two', () => {
    const idx = new LineIndex('𠀀a\nb');
    assert.deepEqual(idx.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
  });

  it('treats CRLF, CR and LF as one line break each', () => {
    const idx = new LineIndex('a\r\nb\rc\nd');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.lines.map((l) => l.text), ['a', 'b', 'c', 'd']);
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
  });

  it('clamps positions outside the document', () => {
    const idx = new LineIndex('ab\ncd');
    assert.equal(idx.offsetAt({ line: 9, character: 0 }), 5);
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2);
    assert.deepEqual(idx.positionAt(99), { line: 1, character: 2 });
  });
});
