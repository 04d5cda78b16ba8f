/**
 * Hand-written shapes of the IPS unit's endpoints (employers, activity, workforce, code lists,
 * casework settings) until they are in the generated schema; names are kept stable for that swap.
 */

import type { CaseworkSettings } from '../../domain/casework-settings.ts';
import type { CaseworkListName, CodeEntry } from '../../domain/code-list-overrides.ts';
import type { ActivityPlace } from '../../domain/code-lists.ts';

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface NameRef {
  id: string;
  name: string;
}

export interface EmployerSummary {
  id: string;
  orgNumber: string;
  name: string;
  industry: string | null;
  location: string | null;
  contacts: number;
  lastContactDate: string | null;
  jobs: number;
}

export interface NewEmployerBody {
  orgNumber: string;
  name: string;
  industry?: string;
  location?: string;
}

export interface ContactPerson {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
}

export interface NewContactPersonBody {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
}

export interface EmployerContact {
  id: string;
  contactDate: string;
  faceToFace: boolean;
  /** A code of the employer_contact_outcomes list. */
  outcome: string;
  /** Null when the viewer may not see the participant (then `forParticipant` still tells). */
  participant: NameRef | null;
  forParticipant: boolean;
  contactPerson: NameRef | null;
  specialist: PersonRef;
  matchesPreferences: boolean | null;
  nextStep: string | null;
  nextStepDate: string | null;
  note: string | null;
}

export interface EmployerDetail {
  id: string;
  orgNumber: string;
  name: string;
  industry: string | null;
  location: string | null;
  contactPersons: ContactPerson[];
  /** Newest first. */
  contacts: EmployerContact[];
}

export interface NewEmployerContactBody {
  employerId: string;
  contactDate: string;
  faceToFace: boolean;
  outcome: string;
  participantId?: string;
  contactPersonId?: string;
  matchesPreferences?: boolean;
  nextStep?: string;
  nextStepDate?: string;
  note?: string;
}

export interface WeeklyEmployerContacts {
  specialist: PersonRef;
  /** Face-to-face contacts per week the programme aims at. */
  anchor: number;
  /** Oldest first. */
  weeks: { week: string; start: string; faceToFace: number; other: number }[];
}

export type MinutesByPlace = Record<ActivityPlace, number>;

export interface ActivityEntry {
  id: string;
  entryDate: string;
  place: ActivityPlace;
  /** A code of the activity_kinds list. */
  activity: string;
  minutes: number;
  note: string | null;
}

export interface ActivityLog {
  /** Newest first. */
  entries: ActivityEntry[];
  summary: {
    minutesByPlace: MinutesByPlace;
    /** 0–1; null when nothing that counts was logged. */
    communityShare: number | null;
    /** Fractions (0–1). */
    guideline: { min: number; max: number };
    anchor: number;
  };
  /** Oldest first. */
  weeks: { week: string; start: string; minutesByPlace: MinutesByPlace; communityShare: number | null }[];
}

export interface NewActivityBody {
  entryDate: string;
  place: ActivityPlace;
  activity: string;
  minutes: number;
  note?: string;
}

export interface Employment {
  id: string;
  user: PersonRef;
  startDate: string;
  endDate: string | null;
  fte: number;
  /** A code of the workforce_end_reasons list. */
  endReason: string | null;
}

export interface NewEmploymentBody {
  userId: string;
  startDate: string;
  fte: number;
}

export interface EndEmploymentBody {
  endDate: string;
  endReason: string;
}

export type CodeListsView = {
  lists: Partial<Record<CaseworkListName, { extensible: boolean; entries: CodeEntry[] }>>;
};

export interface CodeChangeBody {
  nb: string;
  en: string;
  active: boolean;
}

export type CaseworkSettingsValues = CaseworkSettings;

export interface CaseworkSettingsView {
  /** The programme's own choices over the defaults. */
  settings: CaseworkSettingsValues;
  defaults: CaseworkSettingsValues;
}
