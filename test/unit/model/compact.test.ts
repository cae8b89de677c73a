import { strict as assert } from 'assert';
import { compact } from '../../../server/src/core/model/compact';

describe('compact: arrays the model keeps hold no spare room', () => {
  it('copies a small array grown by push, with the same items in order', () => {
    const grown: number[] = [];
    for (let i = 0; i < 5; i++) grown.push(i * 7);
    const kept = compact(grown);
    assert.notEqual(kept, grown);
    assert.deepEqual(kept, [0, 7, 14, 21, 28]);
  });

  it('leaves empty and large arrays as they are (no copy that would save nothing)', () => {
    const empty: number[] = [];
    const large = Array.from({ length: 40 }, (_, i) => i);
    assert.equal(compact(empty), empty);
    assert.equal(compact(large), large);
  });
});
