import type { Body, Json } from './types.ts';

/** The caseload, task and overview answers, taken from the generated OpenAPI types. */

export type CaseloadPage = Json<'/api/caseload', 'get', 200>;
export type CaseloadRow = CaseloadPage['rows'][number];
export type PersonRef = CaseloadPage['specialist'];

export type TaskList = Json<'/api/tasks', 'get', 200>;
/** One due or overdue task; what `detail` holds depends on the kind. */
export type Task = TaskList['tasks'][number];
export type TaskKind = Task['kind'];
export type ParticipantRef = Task['participant'];

export type CaseloadOverview = Json<'/api/caseload/overview', 'get', 200>;
export type SpecialistLoad = CaseloadOverview['specialists'][number];
export type QueuedReferral = CaseloadOverview['referralQueue'][number];

export type ReassignBody = Body<'/api/participants/{id}/job-specialist', 'put'>;
export type Reassignment = Json<'/api/participants/{id}/job-specialist', 'put', 200>;

export type AgendaAnswer = Json<'/api/agenda/all', 'get', 200>;
export type AgendaDay = AgendaAnswer['days'][number];
export type AgendaEntry = AgendaDay['entries'][number];
