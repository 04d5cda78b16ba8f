import type { EmploymentType } from '../../domain/code-lists.ts';
import { type ContactCtx, type ContactRow, contactRow } from './demo-casework-contact-row.ts';
import { FOLLOW_ALONG_NOTES, OTHER_NOTES, OUTREACH } from './demo-casework-contact-text.ts';
import { dischargeOf, type Journey, type PlannedJob } from './demo-casework-journeys.ts';
import { addDays, chance, int, pick } from './demo-casework-support.ts';

/** Jobs the job specialist follows along in; volunteering and sheltered work are left to the participant. */
const FOLLOWED: readonly EmploymentType[] = [
  'ordinary_competitive',
  'competitive_wage_subsidy',
  'work_practice',
  'education',
];

/** Days between follow-along contacts: weekly in the first month, then every two to four weeks. */
function nextGap(daysIn: number, ctx: ContactCtx, counterpart: 'participant' | 'employer'): number {
  if (daysIn < 30) return counterpart === 'participant' ? int(ctx.random, 6, 8) : int(ctx.random, 12, 16);
  return counterpart === 'participant' ? int(ctx.random, 14, 24) : int(ctx.random, 24, 30);
}

function followJob(j: Journey, job: PlannedJob, until: string, ctx: ContactCtx): ContactRow[] {
  const rows: ContactRow[] = [];
  for (const counterpart of ['participant', 'employer'] as const) {
    let date = addDays(
      job.start,
      counterpart === 'participant' ? int(ctx.random, 1, 4) : int(ctx.random, 3, 6),
    );
    while (date <= until) {
      const mode = pick(ctx.random, [
        'face_to_face',
        'face_to_face',
        'face_to_face',
        'phone',
        'phone',
        'message',
      ]);
      const note = chance(ctx.random, 0.4) ? pick(ctx.random, FOLLOW_ALONG_NOTES[counterpart]) : null;
      rows.push(contactRow(j, ctx, date, counterpart, { mode, jobId: job.id, note }));
      const daysIn = Math.round((Date.parse(date) - Date.parse(job.start)) / 86_400_000);
      date = addDays(date, nextGap(daysIn, ctx, counterpart));
    }
  }
  return rows;
}

/** Follow-along in each job until it ends, the participant is discharged, or today. */
export function followAlong(j: Journey, ctx: ContactCtx): ContactRow[] {
  const discharge = dischargeOf(j)?.date;
  return j.jobs
    .filter((job) => FOLLOWED.includes(job.opening.type))
    .flatMap((job) => {
      const ends = [job.end, ctx.today, discharge && discharge >= job.start ? discharge : null];
      const until = ends.filter((d): d is string => d !== null && d !== undefined).sort()[0] as string;
      return followJob(j, job, until, ctx);
    });
}

/**
 * How a discharge is closed: a farewell talk, or for lost contact the documented outreach attempts
 * (at least three in the 90 days before) after a missed meeting.
 */
export function closing(j: Journey, ctx: ContactCtx): ContactRow[] {
  const discharge = dischargeOf(j);
  if (!discharge) return [];
  if (discharge.reason !== 'lost_contact') {
    return [
      contactRow(j, ctx, discharge.date, 'participant', { mode: 'face_to_face', note: OTHER_NOTES.farewell }),
    ];
  }
  const missed = addDays(discharge.date, -63);
  return [
    contactRow(j, ctx, missed, 'participant', {
      mode: 'face_to_face',
      outcome: 'no_show',
      note: OTHER_NOTES.noShow,
    }),
    ...OUTREACH.map((o) =>
      contactRow(j, ctx, addDays(discharge.date, -o.daysBefore), 'participant', {
        mode: o.mode,
        outcome: 'outreach_attempt',
        note: o.note,
      }),
    ),
  ];
}

/** Regular contact stops this many days before a lost-contact discharge: the last meeting held. */
export const LOST_AFTER_DAYS = 70;
