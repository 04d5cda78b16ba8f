import { AppError } from './app-error.ts';
import type { Label } from './code-lists.ts';

/**
 * Corrections with history: a saved entry is corrected (a new version of some of its fields) or
 * voided (it no longer counts), always with a reason; the original is kept. Which fields each kind
 * of entry may have corrected, by their API names and their columns.
 */
export const correctionRecordTypes = ['contact', 'job', 'stage_transition', 'benefit', 'case_note'] as const;
export type CorrectionRecordType = (typeof correctionRecordTypes)[number];

export const correctionKinds = ['correct', 'void'] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

/** How the participant's export and its PDF name each kind of entry and of change. */
export const correctionLabels = {
  labels: {
    contact: { nb: 'Kontakt', en: 'Contact' },
    job: { nb: 'Jobb', en: 'Job' },
    stage_transition: { nb: 'Fase', en: 'Stage' },
    benefit: { nb: 'Ytelse', en: 'Benefit' },
    case_note: { nb: 'Notat', en: 'Note' },
    correct: { nb: 'Korrigert', en: 'Corrected' },
    void: { nb: 'Annullert', en: 'Voided' },
  },
} as const satisfies { labels: Record<CorrectionRecordType | CorrectionKind, Label> };

/** The free-text fields a correction can carry: erasure removes them from its values. */
export const FREE_TEXT_COLUMNS = ['note', 'next_step', 'body', 'title'] as const;

/**
 * API field → column, per kind of entry. What is left out identifies the entry (whose record, a
 * stage's stage, a note's category): to change it, void the entry and record it anew.
 */
export const CORRECTABLE_FIELDS = {
  contact: {
    contactDate: 'contact_date',
    counterpart: 'counterpart',
    mode: 'mode',
    outcome: 'outcome',
    jobId: 'job_id',
    note: 'note',
    nextStep: 'next_step',
    nextStepDate: 'next_step_date',
  },
  job: {
    employerId: 'employer_id',
    title: 'title',
    occupation: 'occupation',
    employmentType: 'employment_type',
    wageType: 'wage_type',
    hoursPerWeek: 'hours_per_week',
    startDate: 'start_date',
    endDate: 'end_date',
    endReason: 'end_reason',
  },
  stage_transition: { effectiveDate: 'effective_date', dischargeReason: 'discharge_reason', note: 'note' },
  benefit: { benefit: 'benefit', monthlyAmount: 'monthly_amount', fromDate: 'from_date', toDate: 'to_date' },
  case_note: { body: 'body' },
} as const satisfies Record<CorrectionRecordType, Record<string, string>>;

/**
 * A voided entry is final: correcting or voiding it again is refused with one answer for every kind
 * (activity entries are `activity`, as record_correction files them), naming the entry.
 */
export function voidedEntryConflict(
  recordType: CorrectionRecordType | 'activity',
  recordId: string,
): AppError {
  return new AppError(
    'conflict',
    `${recordType} ${recordId} is voided: a voided entry is neither corrected nor voided again`,
  );
}

export type EntryValues = Record<string, unknown>;

/** The entry's values under their API names, from a row keyed by column. */
export function apiValues(type: CorrectionRecordType, row: Record<string, unknown>): EntryValues {
  const out: EntryValues = {};
  for (const [field, column] of Object.entries(CORRECTABLE_FIELDS[type])) out[field] = row[column] ?? null;
  return out;
}

/** The changed values under their column names (fields not correctable for the type are dropped). */
export function columnValues(type: CorrectionRecordType, values: EntryValues): EntryValues {
  const out: EntryValues = {};
  const fields: Record<string, string> = CORRECTABLE_FIELDS[type];
  for (const [field, value] of Object.entries(values)) {
    const column = fields[field];
    if (column && value !== undefined) out[column] = value;
  }
  return out;
}

/** The fields whose value differs between two versions of an entry. */
export function changedFields(before: EntryValues, after: EntryValues): string[] {
  return Object.keys(after).filter(
    (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
  );
}
