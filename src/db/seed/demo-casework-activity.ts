import type { Insertable, Transaction } from 'kysely';
import type { ActivityEntryTable, Schema } from '../schema.ts';
import {
  at,
  chance,
  type Day,
  insertJsonRows,
  int,
  isWorkingDay,
  pick,
  type Random,
} from './demo-casework-support.ts';
import { atWork, type Tenure } from './demo-casework-workforce.ts';

type Row = Required<
  Pick<
    Insertable<ActivityEntryTable>,
    'user_id' | 'programme_id' | 'entry_date' | 'place' | 'activity' | 'minutes' | 'recorded_at'
  >
>;

const TYPES = {
  user_id: 'uuid',
  programme_id: 'uuid',
  entry_date: 'date',
  place: 'text',
  activity: 'text',
  minutes: 'integer',
  recorded_at: 'timestamptz',
} as const;

const COMMUNITY = [
  'participant_meeting',
  'participant_meeting',
  'employer_contact',
  'employer_contact',
  'follow_along',
];
const OFFICE = ['documentation', 'documentation', 'documentation', 'supervision'];

const quarter = (minutes: number) => Math.max(15, Math.round(minutes / 15) * 15);

/**
 * One working day, logged as one entry per place: a team meeting on Tuesdays, travel some days, and
 * 54–66 % of the working time out in the community (the IPS-25 anchor is 65 %).
 */
function day(t: Tenure, { date, weekday }: Day, programmeId: string, random: Random): Row[] {
  const entry = (place: string, activity: string, minutes: number): Row => ({
    user_id: t.userId,
    programme_id: programmeId,
    entry_date: date,
    place,
    activity,
    minutes,
    recorded_at: at(date, 15),
  });
  const working = int(random, 390, 450);
  const community = quarter(working * (0.54 + random() * 0.12));
  const team = weekday === 2 ? int(random, 4, 6) * 15 : 0;
  const office = quarter(working - community - team);
  const rows = [
    entry('community', pick(random, COMMUNITY), community),
    entry('office', pick(random, OFFICE), office),
  ];
  if (team > 0) rows.push(entry('team_meeting', 'team_meeting', team));
  if (chance(random, 0.2)) rows.push(entry('travel', 'travel', int(random, 4, 10) * 5));
  return rows;
}

/** Each job specialist's logged time on every working day of the past year they were at work. */
export async function insertActivity(
  tx: Transaction<Schema>,
  ctx: { programmeId: string; calendar: readonly Day[]; tenures: Tenure[]; random: Random },
) {
  const rows = ctx.tenures.flatMap((t) =>
    ctx.calendar
      .filter((d) => isWorkingDay(d) && atWork(t, d.date))
      .flatMap((d) => day(t, d, ctx.programmeId, ctx.random)),
  );
  await insertJsonRows(tx, 'activity_entry', TYPES, rows);
}
