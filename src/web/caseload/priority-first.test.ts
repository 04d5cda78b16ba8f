import { describe, expect, it } from 'vitest';
import { priorityFirst } from './priority-first.ts';

const q = (id: string, priority: boolean, referralDate: string) => ({ id, priority, referralDate });

describe('priorityFirst', () => {
  it('puts under-30s first, each group oldest referral first', () => {
    const queue = [
      q('old', false, '2026-01-01'),
      q('young-new', true, '2026-02-10'),
      q('new', false, '2026-02-01'),
      q('young-old', true, '2026-01-15'),
    ];
    expect(priorityFirst(queue).map((x) => x.id)).toEqual(['young-old', 'young-new', 'old', 'new']);
  });

  it('keeps the given order for the same priority and date', () => {
    const queue = [q('b', true, '2026-01-01'), q('a', true, '2026-01-01')];
    expect(priorityFirst(queue).map((x) => x.id)).toEqual(['b', 'a']);
  });
});
