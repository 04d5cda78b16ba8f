import type { CaseworkListName } from '../../domain/code-list-overrides.ts';
import type { Body, Json } from './types.ts';

/**
 * The IPS unit's endpoints (employers, activity, workforce, code lists, casework settings), taken
 * from the generated OpenAPI types.
 */

export type EmployerSummary = Json<'/api/employers', 'get', 200>['items'][number];
export type NewEmployerBody = Body<'/api/employers', 'post'>;

export type EmployerDetail = Json<'/api/employers/{id}', 'get', 200>;
export type RegisterUnit = Json<'/api/employers/lookup/{orgNumber}', 'get', 200>;
export type ContactPerson = EmployerDetail['contactPersons'][number];
export type NewContactPersonBody = Body<'/api/employers/{id}/contact-persons', 'post'>;
export type EmployerContact = EmployerDetail['contacts'][number];
export type PersonRef = EmployerContact['specialist'];
export type NameRef = NonNullable<EmployerContact['contactPerson']>;
export type NewEmployerContactBody = Body<'/api/employer-contacts', 'post'>;
export type WeeklyEmployerContacts = Json<'/api/employer-contacts/weekly', 'get', 200>;

export type ActivityLog = Json<'/api/activity', 'get', 200>;
export type ActivityEntry = ActivityLog['entries'][number];
export type MinutesByPlace = ActivityLog['summary']['minutesByPlace'];
export type NewActivityBody = Body<'/api/activity', 'post'>;

export type Employment = Json<'/api/workforce', 'get', 200>['items'][number];
export type NewEmploymentBody = Body<'/api/workforce', 'post'>;
export type EndEmploymentBody = Body<'/api/workforce/{id}/end', 'post'>;

type CodeListsAnswer = Json<'/api/code-lists', 'get', 200>;
/**
 * The schema keys the lists by any string; the server sends only casework list names, so the key
 * is narrowed to them (and may be missing, for a list the answer leaves out).
 */
export type CodeListsView = {
  lists: Partial<Record<CaseworkListName, CodeListsAnswer['lists'][string]>>;
};
/** One code of a list as users see it. */
export type CodeListEntry = CodeListsAnswer['lists'][string]['entries'][number];
export type CodeChangeBody = Body<'/api/code-lists/{list}/{code}', 'put'>;
export type ChangedCode = Json<'/api/code-lists/{list}/{code}', 'put', 200>;

export type CaseworkSettingsView = Json<'/api/programme/casework-settings', 'get', 200>;
export type CaseworkSettingsValues = CaseworkSettingsView['settings'];
/** Only the thresholds to change. */
export type CaseworkSettingsChanges = Body<'/api/programme/casework-settings', 'put'>;
