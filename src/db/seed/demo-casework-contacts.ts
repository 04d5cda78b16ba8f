import type { Transaction } from 'kysely';
import type { Stage } from '../../domain/code-lists.ts';
import type { Schema } from '../schema.ts';
import {
  CONTACT_TYPES,
  type ContactCtx,
  type ContactRow,
  contactRow,
  meetingMode,
} from './demo-casework-contact-row.ts';
import { MEETING_NOTES, OTHER_NOTES } from './demo-casework-contact-text.ts';
import { closing, followAlong, LOST_AFTER_DAYS } from './demo-casework-follow-along.ts';
import { dischargeOf, type Journey, segments, stageOn } from './demo-casework-journeys.ts';
import { addDays, chance, insertJsonRows, int, pick } from './demo-casework-support.ts';

/** Days between meetings with the participant in each stage; in work, follow-along takes over. */
const MEETING_GAP: Partial<Record<Stage, readonly [number, number]>> = {
  first_meeting: [7, 12],
  career_profile: [7, 12],
  job_search: [7, 14],
  paused: [25, 35],
};

function meetings(j: Journey, stage: Stage, from: string, to: string, ctx: ContactCtx): ContactRow[] {
  const gap = MEETING_GAP[stage];
  if (!gap) return [];
  const rows: ContactRow[] = [];
  for (let date = from; date <= to; date = addDays(date, int(ctx.random, gap[0], gap[1]))) {
    const mode = stage === 'paused' ? pick(ctx.random, ['phone', 'message']) : meetingMode(ctx.random);
    const noShow = mode === 'face_to_face' && chance(ctx.random, 0.08);
    const notes = MEETING_NOTES[stage] ?? [];
    const note = noShow ? OTHER_NOTES.noShow : chance(ctx.random, 0.35) ? pick(ctx.random, notes) : null;
    rows.push(contactRow(j, ctx, date, 'participant', { mode, outcome: noShow ? 'no_show' : 'held', note }));
  }
  return rows;
}

/** Contacts with others about the participant while active: the team every six weeks or so, NAV now and then. */
function cooperation(j: Journey, ctx: ContactCtx): ContactRow[] {
  const first = j.stages[0]?.date;
  if (!first) return [];
  const active = (d: string) => d <= ctx.today && !['referred', 'discharged'].includes(stageOn(j, d));
  const rows: ContactRow[] = [];
  for (
    let d = addDays(first, int(ctx.random, 5, 20));
    d <= ctx.today;
    d = addDays(d, int(ctx.random, 40, 55))
  ) {
    const mode = chance(ctx.random, 0.7) ? 'face_to_face' : 'phone';
    if (active(d)) rows.push(contactRow(j, ctx, d, 'treatment_team', { mode, note: OTHER_NOTES.team }));
  }
  for (
    let d = addDays(first, int(ctx.random, 10, 40));
    d <= ctx.today;
    d = addDays(d, int(ctx.random, 75, 105))
  ) {
    const mode = pick(ctx.random, ['phone', 'face_to_face']);
    if (active(d)) rows.push(contactRow(j, ctx, d, 'nav', { mode, note: OTHER_NOTES.nav }));
  }
  return rows;
}

function regular(j: Journey, ctx: ContactCtx): ContactRow[] {
  const rows: ContactRow[] = [];
  for (const s of segments(j, ctx.today)) {
    if (s.stage === 'discharged') continue;
    if (s.stage === 'referred') {
      const call = addDays(s.from, int(ctx.random, 1, 3));
      if (call <= s.to)
        rows.push(contactRow(j, ctx, call, 'participant', { mode: 'phone', note: OTHER_NOTES.referral }));
      continue;
    }
    rows.push(...meetings(j, s.stage, s.from, s.to, ctx));
  }
  rows.push(...cooperation(j, ctx));
  if (chance(ctx.random, 0.15) && j.stages[0]) {
    rows.push(
      contactRow(j, ctx, addDays(j.stages[0].date, 3), 'network', {
        mode: 'phone',
        note: OTHER_NOTES.network,
      }),
    );
  }
  const discharge = dischargeOf(j);
  if (discharge?.reason !== 'lost_contact') return rows;
  const lastHeld = addDays(discharge.date, -LOST_AFTER_DAYS);
  return rows.filter((r) => r.contact_date <= lastHeld);
}

/** The newest contact with the participant carries the next step, dated a week on. */
function withNextStep(rows: ContactRow[], j: Journey): ContactRow[] {
  if (j.stages.at(-1)?.stage === 'discharged') return rows;
  const newest = rows
    .filter((r) => r.counterpart === 'participant' && r.outcome === 'held')
    .sort((a, b) => b.contact_date.localeCompare(a.contact_date))[0];
  if (newest) {
    newest.next_step = 'Nytt møte med deltakeren';
    newest.next_step_date = addDays(newest.contact_date, 7);
  }
  return rows;
}

/** Every contact about every participant: meetings, follow-along, team, NAV, and how each case closed. */
export async function insertContacts(tx: Transaction<Schema>, journeys: readonly Journey[], ctx: ContactCtx) {
  const rows = journeys.flatMap((j) =>
    withNextStep([...regular(j, ctx), ...followAlong(j, ctx), ...closing(j, ctx)], j),
  );
  await insertJsonRows(tx, 'participant_contact', CONTACT_TYPES, rows);
}
