import { sql } from 'kysely';
import type { Db } from '../../database.ts';
import type { JobTable } from '../../schema.ts';
import { scoredReviews } from '../fidelity/review-scores.ts';
import type { StoredProject } from './projects.ts';

/** A covered participant as the extract starts from: identity is used here and replaced before writing. */
export interface SourceParticipant {
  id: string;
  fnr: string | null;
  birth_date: string | null;
  referral_date: string;
  track: string;
  programme: string;
  region: string;
}

export interface SourceRows {
  participants: SourceParticipant[];
  stages: { participant_id: string; stage: string; effective_date: string }[];
  jobs: Pick<
    JobTable,
    | 'participant_id'
    | 'employment_type'
    | 'wage_type'
    | 'hours_per_week'
    | 'start_date'
    | 'end_date'
    | 'end_reason'
  >[];
  contacts: {
    participant_id: string;
    contact_date: string;
    counterpart: string;
    mode: string;
    outcome: string;
  }[];
  discharges: { participant_id: string; effective_date: string; discharge_reason: string | null }[];
  fidelity: SourceFidelity[];
}

/** A signed-off fidelity review of a covered programme, scored on its own scale version. */
export interface SourceFidelity {
  programme: string;
  scaleVersion: string;
  reviewDate: string;
  total: number;
  band: string | null;
  sections: Record<'staffing' | 'organisation' | 'services', number>;
}

/** Programme-level, so read whoever the legal basis covers: only signed-off reviews have agreed scores. */
async function fidelityRows(db: Db, project: StoredProject): Promise<SourceFidelity[]> {
  const [reviews, programmes] = await Promise.all([
    scoredReviews(db, project.programmeIds),
    db.selectFrom('programme').select(['id', 'name']).where('id', 'in', project.programmeIds).execute(),
  ]);
  const name = new Map(programmes.map((p) => [p.id, p.name]));
  return reviews
    .filter((r) => r.scores.signedOffAt !== null)
    .map(({ programmeId, scores: s }) => ({
      programme: name.get(programmeId) ?? '',
      scaleVersion: s.scaleVersion,
      reviewDate: s.reviewDate,
      total: s.total,
      band: s.band,
      sections: {
        staffing: s.sections.staffing.score,
        organisation: s.sections.organisation.score,
        services: s.sections.services.score,
      },
    }));
}

/**
 * The participants the project's legal basis covers, in its programmes: under the health research
 * act everyone not restricted or erased; under consent only those whose consent to this project is
 * current on the day. Their records are read in their current versions (corrections laid over).
 */
async function coveredParticipants(
  db: Db,
  project: StoredProject,
  today: string,
): Promise<SourceParticipant[]> {
  const { rows } = await sql<SourceParticipant>`
    select p.id, p.fnr, p.birth_date, p.referral_date, p.track, pr.name as programme, pr.region_id as region
    from participant p join programme pr on pr.id = p.programme_id
    where p.programme_id = any(${sql.val(project.programmeIds)}::uuid[])
      and p.erased_at is null and p.restricted_at is null
      and (${project.legalBasis} = 'health_research_act' or exists (
        select 1 from research_consent rc
        where rc.project_id = ${project.id} and rc.participant_id = p.id and rc.given_on <= ${today}::date
          and (rc.withdrawn_on is null or rc.withdrawn_on > ${today}::date)))
    order by p.id`.execute(db);
  return rows;
}

export async function extractSourceRows(db: Db, project: StoredProject, today: string): Promise<SourceRows> {
  const participants = await coveredParticipants(db, project, today);
  const fidelity = await fidelityRows(db, project);
  const ids = participants.map((p) => p.id);
  if (ids.length === 0) return { participants, stages: [], jobs: [], contacts: [], discharges: [], fidelity };
  const stages = await db
    .selectFrom('stage_transition_current')
    .select(['participant_id', 'stage', 'effective_date', 'discharge_reason'])
    .where('participant_id', 'in', ids)
    .orderBy('effective_date')
    .execute();
  const jobs = await db
    .selectFrom('job_current')
    .select([
      'participant_id',
      'employment_type',
      'wage_type',
      'hours_per_week',
      'start_date',
      'end_date',
      'end_reason',
    ])
    .where('participant_id', 'in', ids)
    .orderBy('start_date')
    .execute();
  const contacts = await db
    .selectFrom('participant_contact_current')
    .select(['participant_id', 'contact_date', 'counterpart', 'mode', 'outcome'])
    .where('participant_id', 'in', ids)
    .orderBy('contact_date')
    .execute();
  return {
    participants,
    stages: stages.map(({ discharge_reason: _, ...s }) => s),
    jobs,
    contacts,
    discharges: stages
      .filter((s) => s.stage === 'discharged')
      .map((s) => ({
        participant_id: s.participant_id,
        effective_date: s.effective_date,
        discharge_reason: s.discharge_reason,
      })),
    fidelity,
  };
}
