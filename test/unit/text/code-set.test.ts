import { strict as assert } from 'assert';
import { codeSet } from '../../../server/src/core/text/code-set';

describe('codeSet: character codes looked up by table', () => {
  it('holds the listed characters and both ends of each range, and nothing else', () => {
    const set = codeSet('、，', '09', '\u2000\u200a');
    const members = [...set.keys()].filter((c) => set[c] === 1).map((c) => String.fromCharCode(c));
    assert.deepEqual(members, [...'0123456789', ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)), '、', '，']);
  });
});
