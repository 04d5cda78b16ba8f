import { contactCategory } from '../../../domain/casework-categories.ts';
import { type Day, iso } from './days.ts';
import type { ParticipantPlan } from './participants.ts';
import type { NationalPlan, ProgrammePlan } from './plan.ts';
import { STREAM, streamFor, uuid } from './random.ts';
import { holderOn } from './workforce.ts';

/** A moment on a day, as the JSON the rows travel in carries it (timestamptz). */
export function stamp(day: Day, hour: number, minute = 0): string {
  return `${iso(day)}T${String(hour).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00Z`;
}

/** The rows one participant adds to each table the app writes casework to. */
export function participantRows(plan: NationalPlan, p: ParticipantPlan) {
  const programme = plan.programmes[p.programme] as ProgrammePlan;
  const holders = plan.positions[p.position]?.holders ?? [];
  const by = (day: Day) => holderOn(holders, day).id;
  const ids = streamFor(plan.options.seed, STREAM.rowIds, p.index);
  const { stages, jobs, contacts, employerContacts } = p.journey;
  const last = stages[stages.length - 1] ?? { stage: 'referred', day: p.referral };
  const assignedOn = last.stage === 'discharged' ? last.day : plan.end;
  const participant = {
    id: p.id,
    programme_id: programme.id,
    fnr: p.fnr,
    given_name: p.givenName,
    family_name: p.familyName,
    birth_date: iso(p.birth),
    referral_date: iso(p.referral),
    referral_source: p.referralSource,
    referring_organisation_id: referrer(programme, p.referralSource),
    treatment_team_id: p.referralSource === 'clinician' ? programme.treatmentTeamId : null,
    job_specialist_id: by(assignedOn),
    track: p.track,
    employed_at_referral: p.employedAtReferral,
    created_at: stamp(p.referral, 8),
    updated_at: stamp(Math.min(last.day, plan.end), 15),
  };
  // The database records the first referral itself (a trigger); it is dated and attributed here.
  const referral = {
    participant_id: p.id,
    id: uuid(ids),
    recorded_by: by(p.referral),
    recorded_at: stamp(p.referral, 8),
  };
  const stageRows = stages.slice(1).map((s, k) => ({
    id: uuid(ids),
    participant_id: p.id,
    stage: s.stage,
    effective_date: iso(s.day),
    discharge_reason: s.reason,
    recorded_by: by(s.day),
    recorded_at: stamp(s.day, 15, k), // changes of one day keep their order
  }));
  const jobRows = jobs.map((j) => ({
    id: j.id,
    participant_id: p.id,
    employer_id: programme.employers[j.employer]?.id as string,
    title: j.title,
    occupation: j.occupation,
    employment_type: j.employmentType,
    wage_type: j.wageType,
    hours_per_week: j.hoursPerWeek,
    start_date: iso(j.start),
    end_date: j.end === null ? null : iso(j.end),
    end_reason: j.endReason,
    recorded_by: by(Math.max(j.start, p.referral)),
    recorded_at: stamp(Math.max(j.start, p.referral), 14),
  }));
  const contactRows = contacts.map((c) => ({
    id: uuid(ids),
    participant_id: p.id,
    job_id: c.jobId,
    contact_date: iso(c.day),
    counterpart: c.counterpart,
    mode: c.mode,
    outcome: c.outcome,
    category: contactCategory(c.counterpart),
    recorded_by: by(c.day),
    recorded_at: stamp(c.day, 16),
  }));
  const employerContactRows = employerContacts.map((c) => ({
    id: uuid(ids),
    programme_id: programme.id,
    employer_id: programme.employers[c.employer]?.id as string,
    job_specialist_id: by(c.day),
    participant_id: p.id,
    contact_date: iso(c.day),
    face_to_face: c.faceToFace,
    outcome: c.outcome,
    matches_preferences: c.matchesPreferences,
    recorded_at: stamp(c.day, 13),
  }));
  const current = { id: p.id, stage: last.stage, since: iso(last.day) };
  return { participant, referral, stageRows, jobRows, contactRows, employerContactRows, current };
}

/** Who referred: the clinician's health trust unit, the NAV office, the municipality (self: NAV). */
function referrer(programme: ProgrammePlan, source: string): string {
  if (source === 'clinician') return programme.dpsId;
  if (source === 'municipality' || source === 'other') return programme.municipalityId;
  return programme.navId;
}

/** Column types of each table's rows, for inserting them as one JSON array per statement. */
export const COLUMN_TYPES = {
  participant: {
    id: 'uuid',
    programme_id: 'uuid',
    fnr: 'text',
    given_name: 'text',
    family_name: 'text',
    birth_date: 'date',
    referral_date: 'date',
    referral_source: 'text',
    referring_organisation_id: 'uuid',
    treatment_team_id: 'uuid',
    job_specialist_id: 'uuid',
    track: 'text',
    employed_at_referral: 'boolean',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  stage_transition: {
    id: 'uuid',
    participant_id: 'uuid',
    stage: 'text',
    effective_date: 'date',
    discharge_reason: 'text',
    recorded_by: 'uuid',
    recorded_at: 'timestamptz',
  },
  job: {
    id: 'uuid',
    participant_id: 'uuid',
    employer_id: 'uuid',
    title: 'text',
    occupation: 'text',
    employment_type: 'text',
    wage_type: 'text',
    hours_per_week: 'numeric',
    start_date: 'date',
    end_date: 'date',
    end_reason: 'text',
    recorded_by: 'uuid',
    recorded_at: 'timestamptz',
  },
  participant_contact: {
    id: 'uuid',
    participant_id: 'uuid',
    job_id: 'uuid',
    contact_date: 'date',
    counterpart: 'text',
    mode: 'text',
    outcome: 'text',
    category: 'text',
    recorded_by: 'uuid',
    recorded_at: 'timestamptz',
  },
  employer_contact: {
    id: 'uuid',
    programme_id: 'uuid',
    employer_id: 'uuid',
    job_specialist_id: 'uuid',
    participant_id: 'uuid',
    contact_date: 'date',
    face_to_face: 'boolean',
    outcome: 'text',
    matches_preferences: 'boolean',
    recorded_at: 'timestamptz',
  },
  activity_entry: {
    id: 'uuid',
    user_id: 'uuid',
    programme_id: 'uuid',
    entry_date: 'date',
    place: 'text',
    activity: 'text',
    minutes: 'integer',
    recorded_at: 'timestamptz',
  },
} as const;
