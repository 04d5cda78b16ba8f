import { describe, expect, it } from 'vitest';
import { candidateBody, emptyCandidate } from './candidate-form.ts';

const filled = () => ({ ...emptyCandidate(), ageBand: '26_30' as const, workWish: 'part_time' as const });

describe('the candidate form', () => {
  it('leaves out an empty note and no team', () => {
    expect(candidateBody({ ...filled(), note: '  ' })).toEqual({ ageBand: '26_30', workWish: 'part_time' });
  });

  it('sends the treatment team chosen', () => {
    expect(candidateBody({ ...filled(), teamId: 'team-fact' })).toEqual({
      ageBand: '26_30',
      workWish: 'part_time',
      teamId: 'team-fact',
    });
  });
});
