import type { paths } from './schema.ts';

type Method = 'get' | 'post' | 'patch' | 'put';

/** The JSON body of a route's response, taken from the generated OpenAPI types. */
export type Json<P extends keyof paths, M extends Method, S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** The JSON request body of a route. */
export type Body<P extends keyof paths, M extends Exclude<Method, 'get'>> = paths[P][M] extends {
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
export type Team = Json<'/api/teams', 'get', 200>['items'][number];
export type StaffMember = Json<'/api/staff', 'get', 200>['items'][number];
export type ParticipantSummary = Json<'/api/participants', 'get', 200>['items'][number];
/** The record as the caller may see it: details, visible notes, withheld categories. */
export type ParticipantRecord = Json<'/api/participants/{id}', 'get', 200>;
/** The participant's details without notes, as a change returns them. */
export type Participant = Json<'/api/participants/{id}', 'patch', 200>;
export type NamedRef = Participant['programme'];
export type ReferralSource = ParticipantSummary['referralSource'];
export type CreateParticipantBody = Body<'/api/participants', 'post'>;
export type UpdateParticipantBody = Body<'/api/participants/{id}', 'patch'>;

export type CaseNote = ParticipantRecord['notes'][number];
export type NoteCategory = CaseNote['category'];
export type Withheld = ParticipantRecord['withheld'][number];
export type NewNoteBody = Body<'/api/participants/{id}/notes', 'post'>;

export type Consent = Json<'/api/participants/{id}/consents', 'get', 200>['items'][number];
export type ConsentVersion = Consent['history'][number];
export type ConsentCategory = Consent['categories'][number];
export type NewConsentBody = Body<'/api/participants/{id}/consents', 'post'>;
export type WithdrawConsentBody = Body<'/api/participants/{id}/consents/{consentId}/withdrawal', 'post'>;

export type AccessLogPage = Json<'/api/participants/{id}/access-log', 'get', 200>;
export type AccessLogEntry = AccessLogPage['items'][number];

export type OpenedBreakGlass = Json<'/api/participants/{id}/break-glass', 'post', 201>;
export type BreakGlassAccess = Json<'/api/break-glass', 'get', 200>['items'][number];
export type Programme = Json<'/api/programme', 'get', 200>;
export type LegalModel = Programme['legalModel'];

export type Candidate = Json<'/api/candidates', 'get', 200>['items'][number];
export type NewCandidateBody = Body<'/api/candidates', 'post'>;
export type AgeBand = Candidate['ageBand'];
export type WorkWish = Candidate['workWish'];
export type ConversionBody = Body<'/api/candidates/{id}/conversion', 'post'>;
export type Conversion = Json<'/api/candidates/{id}/conversion', 'post', 201>;

export type MeetingSummary = Json<'/api/meetings', 'get', 200>['items'][number];
export type NewMeetingBody = Body<'/api/meetings', 'post'>;
export type Minutes = Json<'/api/meetings/{id}', 'get', 200>;
export type Attendee = Minutes['attendees'][number];
export type MeetingItem = Minutes['items'][number];
export type NewMeetingItemBody = Body<'/api/meetings/{id}/items', 'post'>;
export type MeetingItemChanges = Body<'/api/meetings/{id}/items/{itemId}', 'patch'>;

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
