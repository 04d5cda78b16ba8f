import fc from 'fast-check';
import { employmentTypes, referralSources } from '../../src/domain/code-lists.ts';
import { addDays } from '../../src/domain/employment.ts';
import type { ParticipantHistory, SpecialistSpell, StageEvent } from '../../src/domain/outcomes/history.ts';
import { employerContact, history, job, minutes, spell } from './outcome-histories.ts';

/** Random but well-formed casework over 2025–2026, for properties that must hold on any history. */
const EPOCH = '2025-01-01';
const day = (max = 700) => fc.integer({ min: 0, max }).map((n) => addDays(EPOCH, n));

/** Stage events after the referral: discharges and re-referrals alternate, each later than the last. */
function stagesFrom(referral: string, gaps: number[]): StageEvent[] {
  const events: StageEvent[] = [{ stage: 'referred', date: referral, dischargeReason: null }];
  let date = referral;
  gaps.forEach((gap, i) => {
    date = addDays(date, gap);
    const discharge = i % 2 === 0;
    events.push({
      stage: discharge ? 'discharged' : 'referred',
      date,
      dischargeReason: discharge ? (['in_work', 'moved', 'lost_contact'][gap % 3] ?? null) : null,
    });
  });
  return events;
}

const jobArb = fc
  .record({
    start: day(),
    length: fc.option(fc.integer({ min: 0, max: 300 })),
    type: fc.constantFrom(...employmentTypes.codes),
    hours: fc.constantFrom(0, 2, 3.5, 4, 7.5, 20, 37.5),
    unpaid: fc.boolean(),
  })
  .map(({ start, length, type, hours, unpaid }) =>
    job(start, length === null ? null : addDays(start, length), {
      employmentType: type,
      hoursPerWeek: hours,
      wageType: unpaid ? 'unpaid' : 'hourly',
    }),
  );

export const historyArb: fc.Arbitrary<ParticipantHistory> = fc
  .record({
    id: fc.uuid(),
    referral: day(600),
    gaps: fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 3 }),
    source: fc.constantFrom(...referralSources.codes),
    atReferral: fc.constantFrom(true, false, null),
    jobs: fc.array(jobArb, { maxLength: 4 }),
    contacts: fc.array(fc.tuple(day(), fc.boolean()), { maxLength: 3 }),
  })
  .map((r) =>
    history(r.id, r.referral, {
      referralSource: r.source,
      employedAtReferral: r.atReferral,
      stages: stagesFrom(r.referral, r.gaps),
      jobs: r.jobs,
      employerContacts: r.contacts.map(([d, f]) => employerContact(d, f)),
    }),
  );

/** FTEs that add exactly in binary floating point, so sums do not depend on their order. */
export const spellArb: fc.Arbitrary<SpecialistSpell> = fc
  .record({
    start: day(),
    length: fc.option(fc.integer({ min: 0, max: 500 })),
    fte: fc.constantFrom(0.25, 0.5, 1),
  })
  .map((s) => spell('s', s.start, s.length === null ? null : addDays(s.start, s.length), s.fte));

export const activityArb = fc
  .record({
    date: day(),
    place: fc.constantFrom('community', 'office', 'team_meeting', 'travel' as const),
    n: fc.nat(480),
  })
  .map((a) => minutes(a.date, a.place, a.n));
