import { describe, expect, it } from 'vitest';
import type { Stage } from '../../domain/code-lists.ts';
import { allowedNextStages } from '../../domain/lifecycle.ts';
import { isValidOrgNumber } from '../../domain/org-number.ts';
import { DEMO_EMPLOYERS } from './demo-casework-employer-data.ts';
import { syntheticOrgNumber } from './demo-casework-employers.ts';
import { type DemoParticipant, planJourneys } from './demo-casework-journeys.ts';
import { addDays } from './demo-casework-support.ts';
import { prng } from './seed-support.ts';

const TODAY = '2026-11-23';
const employers = DEMO_EMPLOYERS.map((e, k) => ({ ...e, id: `e${k}`, personIds: [`p${k}`] }));

/** Forty-one participants referred over the past year, a third of them young. */
function participants(): DemoParticipant[] {
  return Array.from({ length: 41 }, (_, k) => ({
    id: `id${k}`,
    handle: `D-${k + 1}`,
    referralDate: addDays(TODAY, -Math.floor((k * 365) / 41)),
    birthDate: k % 3 === 0 ? '2002-03-04' : '1980-06-07',
    specialistId: `s${k % 3}`,
  }));
}

const journeys = planJourneys(participants(), 'id7', employers, TODAY, prng(1));

/** Whether each stage change is one the lifecycle allows (discharge from any active stage). */
function pathProblems(stages: readonly { stage: Stage }[]): string[] {
  const problems: string[] = [];
  let current: Stage = 'referred';
  let pausedFrom: Stage | null = null;
  for (const s of stages) {
    const ok =
      s.stage === 'discharged'
        ? current !== 'discharged'
        : allowedNextStages(current, pausedFrom).includes(s.stage);
    if (!ok) problems.push(`${current} → ${s.stage}`);
    if (s.stage === 'paused') pausedFrom = current;
    current = s.stage;
  }
  return problems;
}

describe('the demo casework plan', () => {
  it('gives every participant a path the lifecycle allows, dated after the referral and not after today', () => {
    expect(journeys).toHaveLength(41);
    for (const j of journeys) {
      expect(pathProblems(j.stages)).toEqual([]);
      const dates = [j.p.referralDate, ...j.stages.map((s) => s.date)];
      for (let k = 1; k < dates.length; k++)
        expect((dates[k] as string) > (dates[k - 1] as string)).toBe(true);
      expect((dates.at(-1) as string) <= TODAY).toBe(true);
    }
  });

  it('discharges for each of the required reasons, always with a reason', () => {
    const reasons = journeys.flatMap((j) =>
      j.stages.filter((s) => s.stage === 'discharged').map((s) => s.reason),
    );
    expect(new Set(reasons)).toEqual(
      new Set([
        'in_work',
        'in_education',
        'transferred_nav_measure',
        'no_longer_wants_work',
        'disability_pension',
        'lost_contact',
      ]),
    );
  });

  it('holds jobs of every employment type, within the referral and today, ended ones with a reason', () => {
    const jobs = journeys.flatMap((j) => j.jobs.map((job) => ({ ...job, referral: j.p.referralDate })));
    const types = jobs.map((job) => job.opening.type);
    expect(new Set(types).size).toBe(6);
    const ordinary = types.filter((t) => t === 'ordinary_competitive').length;
    expect(ordinary).toBeGreaterThan(types.length / 3);
    for (const job of jobs) {
      expect(job.start >= job.referral && job.start <= TODAY).toBe(true);
      expect(job.end === null || (job.end >= job.start && job.end <= TODAY)).toBe(true);
      expect(job.end === null).toBe(job.endReason === null);
    }
    expect(jobs.some((job) => job.end !== null)).toBe(true);
  });

  it('puts a few young participants on IPS ung, and keeps Ingrid in job search on the standard track', () => {
    expect(journeys.filter((j) => j.track === 'ips_ung').length).toBeGreaterThanOrEqual(2);
    const ingrid = journeys.find((j) => j.ingrid);
    expect(ingrid?.track).toBe('standard');
    expect(ingrid?.stages.at(-1)?.stage).toBe('job_search');
    expect(ingrid?.jobs).toEqual([]);
  });
});

describe('syntheticOrgNumber', () => {
  it('makes nine-digit numbers that pass the mod-11 check', () => {
    const random = prng(3);
    for (let k = 0; k < 200; k++) expect(isValidOrgNumber(syntheticOrgNumber(random))).toBe(true);
  });
});
