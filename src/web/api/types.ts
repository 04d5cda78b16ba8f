import type { paths } from './schema.ts';

/** The JSON body of a route's response, taken from the generated OpenAPI types. */
type Json<P extends keyof paths, M extends 'get' | 'post' | 'patch', S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** The JSON request body of a route. */
type Body<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends {
  requestBody: { content: { 'application/json': infer T } };
}
  ? T
  : never;

export type Session = Json<'/api/session', 'get', 200>;
export type User = Session['user'];
export type Role = User['role'];
export type Organisation = Json<'/api/organisations', 'get', 200>['items'][number];
export type OrganisationKind = Organisation['kind'];
export type JobSpecialist = Json<'/api/job-specialists', 'get', 200>['items'][number];
export type ParticipantSummary = Json<'/api/participants', 'get', 200>['items'][number];
export type Participant = Json<'/api/participants/{id}', 'get', 200>;
export type NamedRef = Participant['programme'];
export type ReferralSource = ParticipantSummary['referralSource'];
export type CreateParticipantBody = Body<'/api/participants', 'post'>;
export type UpdateParticipantBody = Body<'/api/participants/{id}', 'patch'>;

/** The order the referral form offers the sources in; `satisfies` keeps it to the API's codes. */
export const REFERRAL_SOURCES = [
  'clinician',
  'nav',
  'municipality',
  'self',
  'other',
] as const satisfies readonly ReferralSource[];

export interface ItemList<T> {
  items: T[];
}

export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details as sent by the API (partial: a proxy may answer in its own words). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
  reason?: string;
  errors?: { path: string | (string | number)[]; message: string }[];
}
