import type { Label } from './code-lists.ts';
import { addDays } from './employment.ts';

/**
 * How long each kind of record is kept and what happens when its time is up: the one place the
 * retention job, `ips retention run` and the record of processing read. Periods count from an event
 * in the record's life (`from`), in days. A table holding participant data must be named by a rule
 * (`src/db/repositories/rights/retention-coverage.test.ts` checks the list of participant data against `tables`).
 */
export interface RetentionRule {
  label: Label;
  /** What the period is counted from. */
  from: Label;
  /** Days kept after `from`; null: kept as long as the platform runs (said why in `removal`). */
  days: number | null;
  /** What happens when the period has passed. */
  removal: Label;
  /** A record that must reach the archive before the content goes (null: none). */
  archiveFirst: 'final_guidance_report' | null;
  /** The tables the rule governs. */
  tables: readonly string[];
}

const CASE_TABLES = [
  'participant',
  'app_user',
  'consent',
  'consent_attachment',
  'stage_transition',
  'casework_document',
  'participant_benefit',
  'benefits_plan',
  'job',
  'participant_contact',
  'employer_contact',
  'case_note',
  'record_correction',
  'meeting_item',
  'break_glass',
  'guidance_report',
  'guidance_report_version',
  'guidance_report_comment',
  'guidance_report_delivery',
  'planned_meeting',
  'sms_preference',
  'sms_reminder',
  'research_consent',
] as const;

/** The default days an anonymous candidate is kept (a programme may set IPS_CANDIDATE_RETENTION_DAYS). */
export const DEFAULT_CANDIDATE_DAYS = 90;

export const retentionRules = {
  case: {
    label: { nb: 'Saken i IPS', en: 'The IPS case' },
    from: { nb: 'Avslutning (slutten av oppfølgingen)', en: 'Discharge (end of follow-along)' },
    days: 365,
    removal: {
      nb: 'Innholdet slettes som ved sletting etter art. 17; gravsteinen og tilgangsloggen beholdes',
      en: 'The content is erased as an Art. 17 erasure does; the tombstone and the access log are kept',
    },
    archiveFirst: 'final_guidance_report',
    tables: CASE_TABLES,
  },
  candidate: {
    label: { nb: 'Anonym kandidat (før samtykke)', en: 'Anonymous candidate (before consent)' },
    from: { nb: 'Drøftet første gang', en: 'First raised' },
    days: DEFAULT_CANDIDATE_DAYS,
    removal: {
      nb: 'Kandidaten og punktene om den i møtereferatene slettes',
      en: 'The candidate and the minutes’ items about it are deleted',
    },
    archiveFirst: null,
    tables: ['candidate', 'meeting_item'],
  },
  session: {
    label: { nb: 'Innloggingsøkt', en: 'Sign-in session' },
    from: { nb: 'Økten gikk ut', en: 'The session expired' },
    days: 1,
    removal: { nb: 'Økten slettes', en: 'The session is deleted' },
    archiveFirst: null,
    tables: ['user_session'],
  },
  login_attempt: {
    label: { nb: 'Innloggingsforsøk', en: 'Sign-in attempt' },
    from: { nb: 'Forsøket', en: 'The attempt' },
    // Throttling looks back 30 days for the sources a user signed in from; 90 leaves time to investigate.
    days: 90,
    removal: { nb: 'Forsøket slettes', en: 'The attempt is deleted' },
    archiveFirst: null,
    tables: ['login_attempt'],
  },
  access_log: {
    label: { nb: 'Tilgangslogg', en: 'Access log' },
    from: { nb: 'Hendelsen', en: 'The event' },
    days: null,
    removal: {
      nb: 'Beholdes: loggen er forseglet i en hashkjede og viser hvem som så hva, også etter sletting',
      en: 'Kept: the log is sealed in a hash chain and shows who saw what, after erasure too',
    },
    archiveFirst: null,
    tables: ['audit_event', 'audit_pending', 'audit_chain'],
  },
} as const satisfies Record<string, RetentionRule>;

export type RetentionKind = keyof typeof retentionRules;

/** Why a record past its period is kept for now. */
export type HoldReason = 'processing_restricted' | 'archive_failed';

/** What a case looks like to the case rule. */
export interface CaseAge {
  /** The day of the current discharge; null while she is in the programme. */
  dischargedOn: string | null;
  restricted: boolean;
  erased: boolean;
}

export type CaseVerdict = 'keep' | 'remove' | { hold: HoldReason };

/**
 * Whether a case's content is due to go on `today`: a year after discharge, unless processing is
 * restricted (GDPR Art. 18: the data is kept, not removed, while the restriction lasts).
 */
export function caseVerdict(c: CaseAge, today: string, days: number = retentionRules.case.days): CaseVerdict {
  if (c.erased || c.dischargedOn === null || addDays(c.dischargedOn, days) > today) return 'keep';
  return c.restricted ? { hold: 'processing_restricted' } : 'remove';
}

/** The moment before which a timed record (candidate, session, attempt) is due. */
export function cutoffOf(days: number, now: Date): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
