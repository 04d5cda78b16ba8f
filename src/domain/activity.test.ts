import { describe, expect, it } from 'vitest';
import { communityShare, dayLimitProblem, minutesByPlace } from './activity.ts';

describe('activity minutes', () => {
  const week = [
    { place: 'community', minutes: 90 },
    { place: 'office', minutes: 60 },
    { place: 'community', minutes: 30 },
    { place: 'team_meeting', minutes: 20 },
    { place: 'travel', minutes: 100 },
  ] as const;

  it('sums minutes per place, with every place present', () => {
    expect(minutesByPlace(week)).toEqual({ community: 120, office: 60, team_meeting: 20, travel: 100 });
    expect(minutesByPlace([])).toEqual({ community: 0, office: 0, team_meeting: 0, travel: 0 });
  });

  it('divides community time by community, office and team time, leaving travel out', () => {
    // 120 ÷ (120 + 60 + 20) = 0.6
    expect(communityShare(week)).toBe(0.6);
    expect(communityShare([{ place: 'office', minutes: 45 }])).toBe(0);
  });

  it('has no share when there is no time to divide', () => {
    expect(communityShare([])).toBeNull();
    expect(communityShare([{ place: 'travel', minutes: 60 }])).toBeNull();
  });

  it('allows a full day and refuses more', () => {
    expect(dayLimitProblem(1400, 40, '2026-03-02')).toBeNull();
    expect(dayLimitProblem(1380, 120, '2026-03-02')).toBe(
      'minutes would make 25 hours (1500 minutes) on 2026-03-02, more than the 1440 minutes in a day',
    );
    expect(dayLimitProblem(0, 1441, '2026-03-02')).toContain('on 2026-03-02');
  });
});
