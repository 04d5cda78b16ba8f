import { describe, expect, it } from 'vitest';
import { STREAM, streamFor, uuid } from './random.ts';

describe('synthetic row-id streams', () => {
  it('never overlap, however many long streams a national run draws', () => {
    // A uuid is four draws; two consecutive draws as one 53-bit number stand for it (cheaper).
    const seen = new Set<number>();
    for (let index = 0; index < 10_000; index++) {
      const ids = streamFor(1, STREAM.rowIds, index);
      for (let k = 0; k < 50; k++) seen.add(Math.floor(ids() * 2 ** 21) * 2 ** 32 + ids() * 2 ** 32);
    }
    expect(seen.size).toBe(10_000 * 50);
  });

  it('are the same for the same seed and key, and differ between seeds', () => {
    const first = (seed: number) => uuid(streamFor(seed, STREAM.rowIds, 7));
    expect(first(1)).toBe(first(1));
    expect(first(1)).not.toBe(first(2));
  });
});
