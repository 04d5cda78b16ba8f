import { randomUUID } from 'node:crypto';
import type { Store } from '../../../src/db/store.ts';
import { daysFromToday } from '../cooperation.ts';
import { REGISTER_NUMBERS } from '../register-stand-in.ts';
import type { ProgrammeRule } from './expected-casework.ts';

/** Ids the endpoints' paths and bodies refer to, made once beside the matrix fixture. */
export interface CaseworkEnv {
  store: Store;
  employerId: string;
  /** The assigned ("same") job specialist of the matrix participants. */
  assignedSpecialistId: string;
  /** A job specialist (the demo's Jonas) whose employment rows the workforce cells end. */
  otherSpecialistId: string;
  /** The calling user of the cell. */
  callerId: string;
  /** A number unique to the cell, for titles and organisation numbers. */
  cell: number;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A participant endpoint: decided as `kind` on the participant, for the job plan unless named. */
export interface ParticipantEndpoint {
  method: Method;
  route: string;
  kind: 'read' | 'casework' | 'employer_contact' | 'reassign' | 'identity_read' | 'identity_update';
  path(participantId: string, env: CaseworkEnv): Promise<string> | string;
  body?(participantId: string, env: CaseworkEnv): Promise<unknown> | unknown;
}

const base = (id: string) => `/api/participants/${id}`;

/** Puts the participant back in job search, so every cell's stage move or discharge is a valid one. */
async function inJobSearch(store: Store, participantId: string) {
  const since = daysFromToday(-1);
  await store.db
    .updateTable('participant')
    .set({ stage: 'job_search', stage_since: since })
    .where('id', '=', participantId)
    .execute();
  await store.db
    .insertInto('stage_transition')
    .values({ participant_id: participantId, stage: 'job_search', effective_date: since })
    .execute();
}

async function latestVersion(store: Store, participantId: string, kind: 'career_profile' | 'support_plan') {
  const row = await store.db
    .selectFrom('casework_document')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('participant_id', '=', participantId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.v == null ? null : Number(row.v);
}

async function insertJob(env: CaseworkEnv, participantId: string) {
  const id = randomUUID();
  await env.store.db
    .insertInto('job')
    .values({
      id,
      participant_id: participantId,
      employer_id: env.employerId,
      title: `Matrisejobb ${env.cell}`,
      employment_type: 'ordinary_competitive',
      wage_type: 'hourly',
      hours_per_week: 10,
      start_date: daysFromToday(-20),
    })
    .execute();
  return id;
}

async function insertBenefit(env: CaseworkEnv, participantId: string) {
  const id = randomUUID();
  await env.store.db
    .insertInto('participant_benefit')
    .values({
      id,
      participant_id: participantId,
      benefit: 'aap',
      monthly_amount: 18000,
      from_date: daysFromToday(-60),
    })
    .execute();
  return id;
}

const profile = {
  workHistory: [{ employer: 'Kafé', title: 'Servitør' }],
  education: [],
  interests: ['matlaging'],
  strengths: ['punktlig'],
  preferences: { occupations: ['51'], places: ['Bodø'] },
  disclosure: 'undecided',
  supports: ['regular_checkins'],
};

/** Every participant endpoint of casework; the discharge comes last because it ends the record's stage. */
export const PARTICIPANT_ENDPOINTS: ParticipantEndpoint[] = [
  {
    method: 'GET',
    route: '/api/participants/{id}/casework',
    kind: 'read',
    path: (id) => `${base(id)}/casework`,
  },
  {
    method: 'POST',
    route: '/api/participants/{id}/stages',
    kind: 'casework',
    path: async (id, env) => {
      await inJobSearch(env.store, id);
      return `${base(id)}/stages`;
    },
    body: () => ({ stage: 'paused', effectiveDate: daysFromToday(0) }),
  },
  {
    method: 'PUT',
    route: '/api/participants/{id}/career-profile',
    kind: 'casework',
    path: (id) => `${base(id)}/career-profile`,
    body: async (id, env) => ({
      basedOnVersion: await latestVersion(env.store, id, 'career_profile'),
      content: profile,
    }),
  },
  {
    method: 'PUT',
    route: '/api/participants/{id}/support-plan',
    kind: 'casework',
    path: (id) => `${base(id)}/support-plan`,
    body: async (id, env) => ({
      basedOnVersion: await latestVersion(env.store, id, 'support_plan'),
      supports: [{ kind: 'regular_checkins', description: 'Samtale hver fredag' }],
    }),
  },
  {
    method: 'POST',
    route: '/api/participants/{id}/benefits',
    kind: 'casework',
    path: (id) => `${base(id)}/benefits`,
    body: () => ({ benefit: 'aap', monthlyAmount: 18000, fromDate: daysFromToday(-30) }),
  },
  {
    method: 'POST',
    route: '/api/participants/{id}/benefits/{benefitId}/end',
    kind: 'casework',
    path: async (id, env) => `${base(id)}/benefits/${await insertBenefit(env, id)}/end`,
    body: () => ({ toDate: daysFromToday(0) }),
  },
  {
    method: 'POST',
    route: '/api/participants/{id}/benefits-plans',
    kind: 'casework',
    path: (id) => `${base(id)}/benefits-plans`,
    body: () => ({ planDate: daysFromToday(0), hoursPerWeek: 10, hourlyWage: 200 }),
  },
  {
    method: 'POST',
    route: '/api/participants/{id}/jobs',
    kind: 'casework',
    path: (id) => `${base(id)}/jobs`,
    body: (_id, env) => ({
      employerId: env.employerId,
      title: `Lagermedarbeider ${env.cell}`,
      employmentType: 'work_practice',
      wageType: 'unpaid',
      hoursPerWeek: 10,
      startDate: daysFromToday(-5),
    }),
  },
  {
    method: 'POST',
    route: '/api/participants/{id}/jobs/{jobId}/end',
    kind: 'casework',
    path: async (id, env) => `${base(id)}/jobs/${await insertJob(env, id)}/end`,
    body: () => ({ endDate: daysFromToday(0), endReason: 'temporary_ended' }),
  },
  {
    method: 'POST',
    route: '/api/participants/{id}/contacts',
    kind: 'casework',
    path: (id) => `${base(id)}/contacts`,
    body: () => ({
      contactDate: daysFromToday(0),
      counterpart: 'participant',
      mode: 'phone',
      outcome: 'held',
    }),
  },
  {
    method: 'POST',
    route: '/api/participants/{id}/corrections',
    kind: 'casework',
    path: (id) => `${base(id)}/corrections`,
    body: async (id, env) => ({
      recordType: 'job',
      recordId: await insertJob(env, id),
      kind: 'void',
      reason: 'Registrert ved en feil',
    }),
  },
  {
    method: 'GET',
    route: '/api/participants/{id}/corrections',
    kind: 'read',
    path: (id) => `${base(id)}/corrections`,
  },
  {
    method: 'POST',
    route: '/api/employer-contacts',
    kind: 'employer_contact',
    path: () => '/api/employer-contacts',
    body: (id, env) => ({
      employerId: env.employerId,
      contactDate: daysFromToday(0),
      faceToFace: true,
      outcome: 'meeting_booked',
      participantId: id,
    }),
  },
  {
    method: 'GET',
    route: '/api/participants/{id}/contact-details',
    kind: 'identity_read',
    path: (id) => `${base(id)}/contact-details`,
  },
  {
    method: 'PUT',
    route: '/api/participants/{id}/contact-details',
    kind: 'identity_update',
    path: (id) => `${base(id)}/contact-details`,
    body: () => ({ phone: '900 00 001', email: 'deltaker@example.no' }),
  },
  {
    method: 'PUT',
    route: '/api/participants/{id}/job-specialist',
    kind: 'reassign',
    path: (id) => `${base(id)}/job-specialist`,
    body: (_id, env) => ({ jobSpecialistId: env.assignedSpecialistId }),
  },
  {
    method: 'POST',
    route: '/api/participants/{id}/discharge',
    kind: 'casework',
    path: async (id, env) => {
      await inJobSearch(env.store, id);
      return `${base(id)}/discharge`;
    },
    body: () => ({ effectiveDate: daysFromToday(0), reason: 'moved' }),
  },
];

/** A programme-level endpoint and the rule that decides it. */
export interface ProgrammeEndpoint {
  method: Method;
  route: string;
  rule: ProgrammeRule;
  path(env: CaseworkEnv): Promise<string> | string;
  body?(env: CaseworkEnv): unknown;
}

/** A valid organisation number (mod-11) made from the cell number: every cell registers a new employer. */
export function orgNumberFor(n: number): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let k = n * 10; ; k++) {
    const eight = `9${String(k).padStart(7, '0')}`;
    const sum = weights.reduce((acc, w, i) => acc + w * Number(eight[i]), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${eight}${check}`;
  }
}

/** An activity entry of the caller's own (of the assigned job specialist when the caller has no programme). */
async function ownActivityEntry(env: CaseworkEnv) {
  const id = randomUUID();
  const caller = await env.store.db
    .selectFrom('app_user')
    .select('programme_id')
    .where('id', '=', env.callerId)
    .executeTakeFirstOrThrow();
  const owner = caller.programme_id ? env.callerId : env.assignedSpecialistId;
  const { programme_id } = await env.store.db
    .selectFrom('app_user')
    .select('programme_id')
    .where('id', '=', owner)
    .executeTakeFirstOrThrow();
  await env.store.db
    .insertInto('activity_entry')
    .values({
      id,
      user_id: owner,
      programme_id: programme_id as string,
      entry_date: daysFromToday(-1),
      place: 'office',
      activity: 'documentation',
      minutes: 30,
    })
    .execute();
  return id;
}

/** Ends the open employment of the job specialist the workforce cells start one for. */
async function noOpenEmployment(env: CaseworkEnv) {
  await env.store.db
    .updateTable('specialist_employment')
    .set({ end_date: daysFromToday(0), end_reason: 'other' })
    .where('user_id', '=', env.otherSpecialistId)
    .where('end_date', 'is', null)
    .execute();
}

async function employmentRow(env: CaseworkEnv) {
  const id = randomUUID();
  const user = await env.store.db
    .selectFrom('app_user')
    .select('programme_id')
    .where('id', '=', env.otherSpecialistId)
    .executeTakeFirstOrThrow();
  await env.store.db
    .insertInto('specialist_employment')
    .values({
      id,
      user_id: env.otherSpecialistId,
      programme_id: user.programme_id as string,
      start_date: daysFromToday(-400),
      fte: 1,
    })
    .execute();
  return id;
}

const today = () => daysFromToday(0);

export const PROGRAMME_ENDPOINTS: ProgrammeEndpoint[] = [
  { method: 'GET', route: '/api/employers', rule: 'job_development', path: () => '/api/employers' },
  {
    method: 'POST',
    route: '/api/employers',
    rule: 'job_development',
    path: () => '/api/employers',
    body: (env) => ({ orgNumber: orgNumberFor(env.cell), name: `Matrisebedrift ${env.cell}` }),
  },
  {
    method: 'GET',
    route: '/api/employers/lookup/{orgNumber}',
    rule: 'job_development',
    path: () => `/api/employers/lookup/${REGISTER_NUMBERS.found}`,
  },
  {
    method: 'GET',
    route: '/api/employers/{id}',
    rule: 'job_development',
    path: (env) => `/api/employers/${env.employerId}`,
  },
  {
    method: 'POST',
    route: '/api/employers/{id}/contact-persons',
    rule: 'job_development',
    path: (env) => `/api/employers/${env.employerId}/contact-persons`,
    body: () => ({ name: 'Daglig leder' }),
  },
  {
    method: 'POST',
    route: '/api/employer-contacts',
    rule: 'job_development',
    path: () => '/api/employer-contacts',
    body: (env) => ({
      employerId: env.employerId,
      contactDate: today(),
      faceToFace: true,
      outcome: 'information',
    }),
  },
  {
    method: 'GET',
    route: '/api/employer-contacts/weekly',
    rule: 'specialist_work_of_same',
    path: (env) => `/api/employer-contacts/weekly?specialistId=${env.assignedSpecialistId}`,
  },
  {
    method: 'GET',
    route: '/api/activity',
    rule: 'specialist_work_of_same',
    path: (env) => `/api/activity?specialistId=${env.assignedSpecialistId}`,
  },
  {
    method: 'POST',
    route: '/api/activity',
    rule: 'own_work',
    path: () => '/api/activity',
    body: () => ({ entryDate: today(), place: 'community', activity: 'employer_contact', minutes: 15 }),
  },
  {
    method: 'DELETE',
    route: '/api/activity/{entryId}',
    rule: 'own_work',
    path: async (env) => `/api/activity/${await ownActivityEntry(env)}`,
  },
  {
    method: 'POST',
    route: '/api/activity/{entryId}/corrections',
    rule: 'own_work',
    path: async (env) => `/api/activity/${await ownActivityEntry(env)}/corrections`,
    body: () => ({ kind: 'correct', reason: 'Feil antall minutter', values: { minutes: 45 } }),
  },
  {
    method: 'GET',
    route: '/api/caseload',
    rule: 'specialist_work_of_same',
    path: (env) => `/api/caseload?specialistId=${env.assignedSpecialistId}`,
  },
  {
    method: 'GET',
    route: '/api/tasks',
    rule: 'specialist_work_of_same',
    path: (env) => `/api/tasks?specialistId=${env.assignedSpecialistId}`,
  },
  {
    method: 'GET',
    route: '/api/agenda',
    rule: 'specialist_work_of_same',
    path: (env) => `/api/agenda?specialistId=${env.assignedSpecialistId}`,
  },
  { method: 'GET', route: '/api/agenda/all', rule: 'caseload_overview', path: () => '/api/agenda/all' },
  {
    method: 'GET',
    route: '/api/caseload/overview',
    rule: 'caseload_overview',
    path: () => '/api/caseload/overview',
  },
  { method: 'GET', route: '/api/workforce', rule: 'workforce', path: () => '/api/workforce' },
  {
    method: 'POST',
    route: '/api/workforce',
    rule: 'workforce',
    path: async (env) => {
      await noOpenEmployment(env);
      return '/api/workforce';
    },
    body: (env) => ({ userId: env.otherSpecialistId, startDate: daysFromToday(0), fte: 0.5 }),
  },
  {
    method: 'POST',
    route: '/api/workforce/{id}/end',
    rule: 'workforce',
    path: async (env) => `/api/workforce/${await employmentRow(env)}/end`,
    body: () => ({ endDate: today(), endReason: 'other' }),
  },
  { method: 'GET', route: '/api/code-lists', rule: 'code_lists_read', path: () => '/api/code-lists' },
  {
    method: 'PUT',
    route: '/api/code-lists/{list}/{code}',
    rule: 'code_lists_change',
    path: () => '/api/code-lists/benefit_types/aap',
    body: () => ({ nb: 'Arbeidsavklaringspenger', en: 'Work assessment allowance', active: true }),
  },
  {
    method: 'GET',
    route: '/api/programme/casework-settings',
    rule: 'settings_read',
    path: () => '/api/programme/casework-settings',
  },
  {
    method: 'PUT',
    route: '/api/programme/casework-settings',
    rule: 'settings_change',
    path: () => '/api/programme/casework-settings',
    body: () => ({ caseloadMax: 20 }),
  },
];
