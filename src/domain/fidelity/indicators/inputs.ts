import type { ActivityMinutes } from '../../activity.ts';
import type { CaseworkSettings } from '../../casework-settings.ts';
import type { LegalModel } from '../../code-lists.ts';
import type { ParticipantHistory, SpecialistSpell } from '../../outcomes/history.ts';

/** A job's employer and kind, beside its spell in the history: what diversity is counted over. */
export interface JobDetail {
  employerId: string;
  employerName: string;
  /** STYRK-08 code; null where none was recorded. */
  occupation: string | null;
  title: string;
}

/** One employer contact of a job specialist (general or for a participant). */
export interface SpecialistEmployerContact {
  specialistId: string;
  date: string;
  faceToFace: boolean;
}

/** A job specialist's logged minutes in one place, summed over a period. */
export interface SpecialistMinutes extends ActivityMinutes {
  userId: string;
}

/** A job specialist's attendance at one team meeting. */
export interface MeetingAttendance {
  userId: string;
  date: string;
  attended: boolean;
}

/**
 * Everything the live indicators read: the programme's casework as the outcomes loader gives it
 * (current versions, voided entries left out), only as far back as `readsFrom` says, and the few
 * facts outcomes do not need.
 */
export interface IndicatorInputs {
  /** The day the indicators are counted on; later events are not yet observed. */
  asOf: string;
  settings: CaseworkSettings;
  legalModel: LegalModel;
  /** Stages and jobs whole; employer contacts from `readsFrom`; contacts left out (`lastContacts`). */
  histories: readonly ParticipantHistory[];
  /**
   * Each participant's newest follow-along contact up to `asOf`: any contact with or about her, or an
   * employer contact for her (the task list's definition). Follow-along reads no other contact.
   */
  lastContacts: ReadonlyMap<string, string>;
  specialists: readonly SpecialistSpell[];
  /** Each job specialist's minutes by place over the thirteen weeks up to `asOf`. */
  activity: readonly SpecialistMinutes[];
  employerContacts: readonly SpecialistEmployerContact[];
  jobs: ReadonlyMap<string, JobDetail>;
  attendance: readonly MeetingAttendance[];
}
