import type { ActivityPlace } from '../../../domain/code-lists.ts';
import { type Day, isWorkingDay, onSummerHoliday } from './days.ts';
import type { NationalPlan } from './plan.ts';
import { chance, int, type Random, STREAM, streamFor, weighted } from './random.ts';
import type { SpecialistPlan } from './workforce.ts';

export interface ActivityPlan {
  day: Day;
  place: ActivityPlace;
  activity: string;
  minutes: number;
}

export interface GeneralEmployerContact {
  day: Day;
  employer: number;
  faceToFace: boolean;
  outcome: string;
}

const COMMUNITY = { participant_meeting: 50, employer_contact: 30, follow_along: 20 };
const OFFICE = { documentation: 70, supervision: 10, other: 20 };
const GENERAL_OUTCOMES = {
  information: 35,
  no_opening: 30,
  meeting_booked: 20,
  opening_identified: 10,
  declined: 5,
};

/**
 * A specialist's own log over the days employed (weekdays, outside the summer weeks): time in the
 * community and the office, the weekly team meeting, travel; and job development with employers
 * not yet about anyone (one contact every three or four working days).
 */
export function specialistWorkOf(plan: NationalPlan, s: SpecialistPlan) {
  const random = streamFor(plan.options.seed, STREAM.specialistWork, s.index);
  const employers = plan.programmes[s.programme]?.employers.length ?? 1;
  const meetingDay = int(random, 1, 5);
  const activities: ActivityPlan[] = [];
  const contacts: GeneralEmployerContact[] = [];
  const last = Math.min(s.end ?? plan.end, plan.end);
  for (let day = Math.max(s.start, plan.start); day <= last; day++) {
    if (!isWorkingDay(day) || onSummerHoliday(day, s.summerOffset) || chance(random, 0.08)) continue;
    activities.push(...dayOf(random, day, s.fte, (day + 4) % 7 === meetingDay));
    if (chance(random, 0.28)) {
      contacts.push({
        day,
        employer: int(random, 0, employers - 1),
        faceToFace: chance(random, 0.6),
        outcome: weighted(random, GENERAL_OUTCOMES),
      });
    }
  }
  return { activities, contacts };
}

/** One working day: community time most days (about 60 % of the time), office, and the rest. */
function dayOf(random: Random, day: Day, fte: number, teamMeeting: boolean): ActivityPlan[] {
  const out: ActivityPlan[] = [];
  const scale = (m: number) => Math.max(15, Math.round((m * fte) / 15) * 15);
  if (chance(random, 0.85)) {
    out.push({
      day,
      place: 'community',
      activity: weighted(random, COMMUNITY),
      minutes: scale(int(random, 120, 300)),
    });
  }
  out.push({
    day,
    place: 'office',
    activity: weighted(random, OFFICE),
    minutes: scale(int(random, 45, 150)),
  });
  if (teamMeeting) out.push({ day, place: 'team_meeting', activity: 'team_meeting', minutes: 60 });
  if (chance(random, 0.3))
    out.push({ day, place: 'travel', activity: 'travel', minutes: scale(int(random, 20, 60)) });
  return out;
}
