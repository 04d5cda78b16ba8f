import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { consentBody, daysFromToday, ingrid } from '../support/cooperation.ts';
import { employerOf } from '../support/fixtures.ts';
import { type Caller, idOfUser, signIn, type TestApp, testApp } from '../support/test-app.ts';
import { dbKind, resetStore } from '../support/test-store.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the other programme's caller needs so each request reaches the participant's access check. */
interface Env {
  employerId: string;
  /** A fidelity review of IPS Salten: the chart-review read names a participant. */
  reviewId: string;
  meetingId: string;
  organisationId: string;
}

/** A request about participant `id`: its path (and query) and a valid body, so only access can refuse it. */
type Probe = (id: string, env: Env) => { url: string; body?: unknown };

const p = (id: string) => `/api/participants/${id}`;
const today = daysFromToday(0);

/**
 * One probe for every route of the OpenAPI document that names a participant (in its path, its
 * query or its body); the test fails when a route is missing here.
 */
const PROBES: Record<string, Probe> = {
  'GET /api/fidelity/reviews/{id}/chart-review/{participantId}': (id, env) => ({
    url: `/api/fidelity/reviews/${env.reviewId}/chart-review/${id}`,
  }),
  'GET /api/participants/{id}': (id) => ({ url: p(id) }),
  'PATCH /api/participants/{id}': (id) => ({ url: p(id), body: { familyName: 'Endret', version: 1 } }),
  'POST /api/participants/{id}/notes': (id) => ({
    url: `${p(id)}/notes`,
    body: { category: 'job_plan', body: 'Notat' },
  }),
  'GET /api/participants/{id}/access-log': (id) => ({ url: `${p(id)}/access-log` }),
  'GET /api/participants/{id}/contact-details': (id) => ({ url: `${p(id)}/contact-details` }),
  'PUT /api/participants/{id}/contact-details': (id) => ({
    url: `${p(id)}/contact-details`,
    body: { phone: '900 00 001' },
  }),
  'GET /api/participants/{id}/consents': (id) => ({ url: `${p(id)}/consents` }),
  'POST /api/participants/{id}/consents': (id, env) => ({
    url: `${p(id)}/consents`,
    body: consentBody(env.organisationId, ['job_plan']),
  }),
  'POST /api/participants/{id}/consents/{consentId}/withdrawal': (id) => ({
    url: `${p(id)}/consents/${randomUUID()}/withdrawal`,
    body: {},
  }),
  'POST /api/participants/{id}/consents/{consentId}/renewal': (id) => ({
    url: `${p(id)}/consents/${randomUUID()}/renewal`,
    body: { validTo: daysFromToday(300) },
  }),
  'GET /api/participants/{id}/consent-attachments/{attachmentId}': (id) => ({
    url: `${p(id)}/consent-attachments/${randomUUID()}`,
  }),
  'POST /api/participants/{id}/break-glass': (id) => ({
    url: `${p(id)}/break-glass`,
    body: { reason: 'Akutt behov for opplysningene' },
  }),
  'GET /api/participants/{id}/team-export': (id) => ({ url: `${p(id)}/team-export?format=json` }),
  'GET /api/participants/{id}/gdpr-export': (id) => ({ url: `${p(id)}/gdpr-export?format=json` }),
  'POST /api/participants/{id}/restriction': (id) => ({
    url: `${p(id)}/restriction`,
    body: { restricted: true, reason: 'Deltakeren ber om det' },
  }),
  'POST /api/participants/{id}/erasure': (id) => ({
    url: `${p(id)}/erasure`,
    body: { reason: 'Deltakeren ber om det', confirmHandle: 'D-1' },
  }),
  'GET /api/participants/{id}/casework': (id) => ({ url: `${p(id)}/casework` }),
  'GET /api/participants/{id}/corrections': (id) => ({ url: `${p(id)}/corrections` }),
  'POST /api/participants/{id}/corrections': (id) => ({
    url: `${p(id)}/corrections`,
    body: { recordType: 'job', recordId: randomUUID(), kind: 'void', reason: 'Registrert ved en feil' },
  }),
  'POST /api/participants/{id}/stages': (id) => ({
    url: `${p(id)}/stages`,
    body: { stage: 'paused', effectiveDate: today },
  }),
  'POST /api/participants/{id}/discharge': (id) => ({
    url: `${p(id)}/discharge`,
    body: { effectiveDate: today, reason: 'moved' },
  }),
  'PUT /api/participants/{id}/career-profile': (id) => ({
    url: `${p(id)}/career-profile`,
    body: {
      basedOnVersion: null,
      content: {
        workHistory: [],
        education: [],
        interests: [],
        strengths: [],
        preferences: { occupations: [], places: [] },
        disclosure: 'undecided',
        supports: [],
      },
    },
  }),
  'PUT /api/participants/{id}/support-plan': (id) => ({
    url: `${p(id)}/support-plan`,
    body: { basedOnVersion: null, supports: [{ kind: 'regular_checkins', description: 'Fredager' }] },
  }),
  'POST /api/participants/{id}/benefits': (id) => ({
    url: `${p(id)}/benefits`,
    body: { benefit: 'aap', monthlyAmount: 18000, fromDate: daysFromToday(-30) },
  }),
  'POST /api/participants/{id}/benefits/{benefitId}/end': (id) => ({
    url: `${p(id)}/benefits/${randomUUID()}/end`,
    body: { toDate: today },
  }),
  'POST /api/participants/{id}/benefits-plans': (id) => ({
    url: `${p(id)}/benefits-plans`,
    body: { planDate: today, hoursPerWeek: 10, hourlyWage: 200 },
  }),
  'POST /api/participants/{id}/jobs': (id, env) => ({
    url: `${p(id)}/jobs`,
    body: {
      employerId: env.employerId,
      title: 'Lagermedarbeider',
      employmentType: 'work_practice',
      wageType: 'unpaid',
      hoursPerWeek: 10,
      startDate: daysFromToday(-5),
    },
  }),
  'POST /api/participants/{id}/jobs/{jobId}/end': (id) => ({
    url: `${p(id)}/jobs/${randomUUID()}/end`,
    body: { endDate: today, endReason: 'temporary_ended' },
  }),
  'POST /api/participants/{id}/contacts': (id) => ({
    url: `${p(id)}/contacts`,
    body: { contactDate: today, counterpart: 'participant', mode: 'phone', outcome: 'held' },
  }),
  'PUT /api/participants/{id}/job-specialist': (id) => ({
    url: `${p(id)}/job-specialist`,
    body: { jobSpecialistId: randomUUID() },
  }),
  'POST /api/meetings/{id}/items': (id, env) => ({
    url: `/api/meetings/${env.meetingId}/items`,
    body: { participantId: id },
  }),
  'POST /api/employer-contacts': (id, env) => ({
    url: '/api/employer-contacts',
    body: {
      employerId: env.employerId,
      contactDate: today,
      faceToFace: true,
      outcome: 'meeting_booked',
      participantId: id,
    },
  }),
  'GET /api/fhir/Consent': (id) => ({ url: `/api/fhir/Consent?patient=${id}` }),
  'GET /api/fhir/AuditEvent': (id) => ({ url: `/api/fhir/AuditEvent?patient=${id}` }),
};

interface Operation {
  parameters?: unknown;
  requestBody?: unknown;
}

/** The routes of the document that name one participant: by path, or by a participantId/patient field. */
function participantRoutes(doc: { paths: Record<string, Record<string, Operation>> }): string[] {
  const routes: string[] = [];
  for (const [route, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const byPath = route.startsWith('/api/participants/{id}');
      const request = JSON.stringify([op.parameters, op.requestBody]);
      const byField = /"(participantId|patient)"/.test(request);
      if (byPath || byField) routes.push(`${method.toUpperCase()} ${route}`);
    }
  }
  return routes.sort();
}

let store: Store;
let app: TestApp;
let ola: Caller;
let env: Env;

beforeAll(async () => {
  store = await resetStore();
  app = await testApp(store);
  ola = await signIn(app, 'ola.tromso');
  const tromso = await store.db
    .selectFrom('programme')
    .select(['id', 'host_organisation_id'])
    .where('name', '=', 'IPS Tromsø')
    .executeTakeFirstOrThrow();
  const team = await store.db
    .insertInto('team')
    .values({ programme_id: tromso.id, name: 'IPS Tromsø', kind: 'ips_unit' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const meeting = await store.db
    .insertInto('team_meeting')
    .values({
      programme_id: tromso.id,
      team_id: team.id,
      meeting_date: today,
      created_by: await idOfUser(store, 'ola.tromso'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const review = await store.db
    .selectFrom('fidelity_review')
    .innerJoin('programme as g', 'g.id', 'fidelity_review.programme_id')
    .select('fidelity_review.id')
    .where('g.name', '=', 'IPS Salten')
    .limit(1)
    .executeTakeFirstOrThrow();
  env = {
    reviewId: review.id,
    employerId: await employerOf(store, tromso.id, 'Tromsø Lager AS'),
    meetingId: meeting.id,
    organisationId: tromso.host_organisation_id as string,
  };
  return () => app.close();
});

/** The answer with the participant's id and the request's own id taken out, so two answers compare. */
function answer(res: { statusCode: number; body: string }, id: string) {
  return { status: res.statusCode, body: res.body.replaceAll(id, '{id}') };
}

describe(`another programme's participant answers like an unknown id, on ${dbKind}`, () => {
  it('has a probe for every participant route of the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(PROBES).sort()).toEqual(participantRoutes(doc));
  });

  /** Each route's answers for Ingrid and for a random UUID, where they differ or missed the participant. */
  async function differencesFor(caller: Caller, mustReachParticipant: boolean) {
    const ingridId = (await ingrid(store)).id;
    const differences: string[] = [];
    for (const [route, probe] of Object.entries(PROBES)) {
      const [method] = route.split(' ') as [Method];
      const unknownId = randomUUID();
      const known = probe(ingridId, env);
      const unknown = probe(unknownId, env);
      const a = answer(await caller.request(method, known.url, known.body), ingridId);
      const b = answer(await caller.request(method, unknown.url, unknown.body), unknownId);
      if (mustReachParticipant && !b.body.includes('participant {id} not found'))
        differences.push(`${route}: the probe did not reach the participant: ${b.status} ${b.body}`);
      else if (JSON.stringify(a) !== JSON.stringify(b))
        differences.push(`${route}: ${a.status} ${a.body} ≠ ${b.status} ${b.body}`);
    }
    return differences;
  }

  it('gives ola.tromso the same status and body for Ingrid (IPS Salten) as for a random UUID, on every route', async () => {
    expect(await differencesFor(ola, true)).toEqual([]);
  });

  it('gives the administrator, who is in no programme, the same answers too', async () => {
    expect(await differencesFor(await signIn(app, 'admin'), false)).toEqual([]);
  });

  it('still audits the refusal with its true reason', async () => {
    const ingridId = (await ingrid(store)).id;
    const res = await ola.request('GET', p(ingridId));
    expect(res.statusCode).toBe(404);
    const event = await store.db
      .selectFrom('audit_event')
      .select(['action', 'decision', 'reason'])
      .where('participant_id', '=', ingridId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ action: 'read', decision: 'deny', reason: 'other_programme' });
  });
});
