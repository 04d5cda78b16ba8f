import type { Kysely } from 'kysely';
import { ageOn, isUnder30AtReferral } from '../../../domain/age.ts';
import type { DataCategory, Stage, Track } from '../../../domain/code-lists.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { gateCasework } from '../../access/casework-gate.ts';
import { Denial, guardedRead } from '../../access/guard.ts';
import type { Withheld } from '../../access/participant-gate.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { type Benefit, type BenefitsPlan, benefitsOf, benefitsPlansOf } from './benefits.ts';
import {
  type CareerProfileContent,
  type CaseworkDocument,
  type DocumentVersion,
  latestDocument,
  type SupportPlanContent,
  versionsOf,
} from './career-profile.ts';
import { loadCaseworkSettings } from './casework-settings.ts';
import { type Contact, contactsOf, type EmployerContactAbout, employerContactsAbout } from './contacts.ts';
import { type Job, jobsOf } from './jobs.ts';
import { type Transition, transitionsOf } from './stages.ts';

export interface StageSection {
  current: Stage;
  since: string;
  track: Track;
  employedAtReferral: boolean | null;
  /** Null when the birth date is unknown (no fødselsnummer, or erased). */
  ageAtReferral: number | null;
  /** Under 30 at referral: the referral queue puts them first. */
  priority: boolean;
}

/** A participant's casework as one caller may see it; sections of a withheld category are empty. */
export interface Casework {
  stage: StageSection | null;
  transitions: Transition[];
  careerProfile: CaseworkDocument<CareerProfileContent> | null;
  careerProfileVersions: DocumentVersion[];
  supportPlan: CaseworkDocument<SupportPlanContent> | null;
  benefits: Benefit[];
  benefitsPlans: BenefitsPlan[];
  jobs: Job[];
  contacts: Contact[];
  employerContacts: EmployerContactAbout[];
  withheld: Withheld[];
}

async function stageOf(db: Kysely<Schema>, participantId: string): Promise<StageSection> {
  const r = await db
    .selectFrom('participant')
    .select(['stage', 'stage_since', 'track', 'employed_at_referral', 'birth_date', 'referral_date'])
    .where('id', '=', participantId)
    .executeTakeFirstOrThrow();
  return {
    current: r.stage as Stage,
    since: r.stage_since,
    track: r.track as Track,
    employedAtReferral: r.employed_at_referral,
    ageAtReferral: r.birth_date === null ? null : ageOn(r.birth_date, r.referral_date),
    priority: isUnder30AtReferral(r.birth_date, r.referral_date),
  };
}

async function jobPlan(db: Kysely<Schema>, id: string, programmeId: string, today: string) {
  return {
    stage: await stageOf(db, id),
    transitions: await transitionsOf(db, id),
    careerProfile: await latestDocument<CareerProfileContent>(db, id, 'career_profile'),
    careerProfileVersions: await versionsOf(db, id, 'career_profile'),
    supportPlan: await latestDocument<SupportPlanContent>(db, id, 'support_plan'),
    jobs: await jobsOf(db, id, await loadCaseworkSettings(db, programmeId), today),
  };
}

const NO_JOB_PLAN = {
  stage: null,
  transitions: [],
  careerProfile: null,
  careerProfileVersions: [],
  supportPlan: null,
  jobs: [],
};

/** Reads a participant's casework for one caller, deciding each category in one audited read. */
export class CaseworkRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  get(participantId: string): Promise<Casework> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateCasework(db, sink, this.caller, participantId);
      if (gate instanceof Denial) return gate;
      const allowed = new Set<DataCategory>(gate.visibility.allowed);
      const benefitStatus = allowed.has('benefit_status');
      // Jobs and benefits are planned, current or ended as of the request's day in Oslo.
      const today = osloToday();
      return {
        ...(allowed.has('job_plan')
          ? await jobPlan(db, participantId, gate.row.programme_id, today)
          : NO_JOB_PLAN),
        benefits: benefitStatus ? await benefitsOf(db, participantId, today) : [],
        benefitsPlans: benefitStatus ? await benefitsPlansOf(db, participantId) : [],
        contacts: await contactsOf(db, participantId, [...allowed]),
        employerContacts: allowed.has('employer_contact')
          ? await employerContactsAbout(db, participantId)
          : [],
        withheld: gate.visibility.withheld,
      };
    });
  }
}
