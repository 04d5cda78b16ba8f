import type { ReferralSource, Track } from '../../../domain/code-lists.ts';
import { syntheticFnr } from '../../../domain/fnr.ts';
import { type Day, iso } from './days.ts';
import { type Journey, journeyOf } from './journey.ts';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './names.ts';
import type { NationalPlan } from './plan.ts';
import { chance, int, pick, type Random, STREAM, streamFor, uuid, weighted } from './random.ts';

/** Where and when one participant was referred: fixed by the plan before any journey is drawn. */
export interface Slot {
  index: number;
  programme: number;
  position: number;
  referral: Day;
}

export interface ParticipantPlan extends Slot {
  id: string;
  fnr: string;
  sex: 'female' | 'male';
  givenName: string;
  familyName: string;
  birth: Day;
  track: Track;
  referralSource: ReferralSource;
  employedAtReferral: boolean | null;
  journey: Journey;
}

/**
 * The participants' referrals, spread over the posts in proportion to the days each was open, so
 * referrals grow with the service; in referral order.
 */
export function slotsOf(plan: NationalPlan): Slot[] {
  const random = streamFor(plan.options.seed, STREAM.slots, 0);
  const open = plan.positions.map((p) => Math.max(1, plan.end - p.start));
  const total = open.reduce((a, b) => a + b, 0);
  const n = plan.options.participants;
  const shares = open.map((days) => (n * days) / total);
  const counts = shares.map(Math.floor);
  // Largest remainders get the participants rounding left over, so the total is exact.
  const left = n - counts.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((s, k) => [s - Math.floor(s), k] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < left; k++) {
    const position = byRemainder[k]?.[1] as number;
    counts[position] = (counts[position] ?? 0) + 1;
  }
  const slots: Omit<Slot, 'index'>[] = [];
  plan.positions.forEach((p, position) => {
    for (let k = 0; k < (counts[position] ?? 0); k++) {
      slots.push({
        programme: p.programme,
        position,
        referral: p.start + Math.floor(random() * (plan.end - p.start + 1)),
      });
    }
  });
  slots.sort((a, b) => a.referral - b.referral || a.position - b.position);
  return slots.map((s, index) => ({ ...s, index }));
}

const SOURCES: Record<ReferralSource, number> = {
  clinician: 55,
  nav: 24,
  municipality: 10,
  self: 8,
  other: 3,
};

/** One participant: identity, referral facts and the journey, all from the participant's own stream. */
export function participantOf(plan: NationalPlan, slot: Slot, taken: Set<string>): ParticipantPlan {
  const random = streamFor(plan.options.seed, STREAM.participant, slot.index);
  const sex = chance(random, 0.52) ? 'male' : 'female';
  const young = chance(random, 0.38);
  const age = young ? int(random, 17, 29) : int(random, 30, 64);
  const birth = slot.referral - age * 365 - int(random, 0, 364);
  const track: Track = young && chance(random, 0.6) ? 'ips_ung' : 'standard';
  const employedAtReferral = chance(random, 0.03) ? null : chance(random, 0.08);
  return {
    ...slot,
    id: uuid(random),
    fnr: uniqueFnr(random, birth, sex, taken),
    sex,
    givenName: pick(random, sex === 'female' ? FEMALE_NAMES : MALE_NAMES),
    familyName: pick(random, FAMILY_NAMES),
    birth,
    track,
    referralSource: weighted(random, SOURCES),
    employedAtReferral,
    journey: journeyOf(random, {
      referral: slot.referral,
      end: plan.end,
      youth: track === 'ips_ung',
      employedAtReferral,
      employers: plan.programmes[slot.programme]?.employers.length ?? 1,
    }),
  };
}

/** A synthetic (Tenor) number no other participant of the run has: one person, one number. */
function uniqueFnr(random: Random, birth: Day, sex: 'female' | 'male', taken: Set<string>): string {
  for (;;) {
    const fnr = syntheticFnr(new Date(`${iso(birth)}T00:00:00Z`), random, sex);
    if (!taken.has(fnr)) {
      taken.add(fnr);
      return fnr;
    }
  }
}
