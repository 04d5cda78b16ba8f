import { describe, expect, it } from 'vitest';
import { allowedNextStages } from '../../../domain/lifecycle.ts';
import { isCompetitiveKind } from './jobs.ts';
import { participantOf, slotsOf } from './participants.ts';
import { nationalPlan } from './plan.ts';

const plan = nationalPlan({ participants: 3000, years: 6, seed: 7, end: '2026-06-30' });
const taken = new Set<string>();
const people = slotsOf(plan).map((slot) => participantOf(plan, slot, taken));

describe('the synthetic national history is believable', () => {
  it('has programmes in all four regions and about one job specialist per ten participants', () => {
    expect(new Set(plan.programmes.map((p) => p.region)).size).toBe(4);
    expect(plan.specialists.length).toBeGreaterThan(200);
    expect(plan.specialists.length).toBeLessThan(400);
    expect(people).toHaveLength(3000);
  });

  it('gets 35–55 % of those out of work into a competitive job within a year of referral', () => {
    const eligible = people.filter((p) => p.employedAtReferral === false && p.referral + 365 <= plan.end);
    const working = eligible.filter((p) =>
      p.journey.jobs.some(
        (j) =>
          isCompetitiveKind(j.employmentType) &&
          j.hoursPerWeek >= 4 &&
          j.start >= p.referral &&
          j.start - p.referral <= 365,
      ),
    );
    const share = working.length / eligible.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.55);
  });

  it('keeps about 55–75 % of competitive job starts going 13 weeks later, and ends the rest after a few months', () => {
    const jobs = people.flatMap((p) =>
      p.journey.jobs.filter((j) => isCompetitiveKind(j.employmentType) && j.start + 91 <= plan.end),
    );
    const held = jobs.filter((j) => j.end === null || j.end - j.start >= 91).length / jobs.length;
    expect(held).toBeGreaterThan(0.55);
    expect(held).toBeLessThan(0.75);
  });

  it('moves every participant only along the lifecycle’s allowed steps, in date order, discharges with a reason', () => {
    for (const p of people) {
      const stages = p.journey.stages;
      for (let k = 1; k < stages.length; k++) {
        const [before, after] = [stages[k - 1], stages[k]] as const;
        if (!before || !after) continue;
        expect(after.day).toBeGreaterThanOrEqual(before.day);
        const allowed =
          after.stage === 'discharged'
            ? before.stage !== 'discharged'
            : allowedNextStages(before.stage).includes(after.stage);
        expect(allowed, `${before.stage} → ${after.stage}`).toBe(true);
        expect(after.reason !== null).toBe(after.stage === 'discharged');
      }
    }
  });

  it('draws the same people for the same seed', () => {
    const again = nationalPlan({ participants: 3000, years: 6, seed: 7, end: '2026-06-30' });
    const slot = slotsOf(again)[1234];
    expect(slot && participantOf(again, slot, new Set())).toEqual(people[1234]);
  });
});
