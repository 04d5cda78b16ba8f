import { AppError } from '../../../domain/app-error.ts';
import { contactCategory } from '../../../domain/casework-categories.ts';
import type { ContactCounterpart, EmploymentType } from '../../../domain/code-lists.ts';
import type { CorrectionRecordType, EntryValues } from '../../../domain/corrections.ts';
import type { FieldError } from '../../../domain/field-error.ts';
import type { CaseworkTx } from '../../access/casework-write.ts';
import { rejectIf } from '../../access/casework-write.ts';
import type { CodeCheck } from '../code-lists/code-overrides.ts';
import { dateErrors, jobErrors, type NewContact } from './contacts.ts';
import { checkJob, requireOwnEmployer } from './jobs.ts';

/**
 * The rules a corrected entry must still meet: the same as when it was first recorded, applied to
 * the entry as it will stand. Returns the column values the rules derive (a contact's category).
 */
export async function checkCorrected(
  w: CaseworkTx,
  type: CorrectionRecordType,
  v: EntryValues,
  id: string,
): Promise<EntryValues> {
  switch (type) {
    case 'contact': {
      const contact = v as unknown as NewContact;
      rejectIf([
        ...dateErrors(contact, w.participant.referral_date, w.today),
        ...(await jobErrors(w.tx, w.participant.id, contact.jobId)),
      ]);
      return { category: contactCategory(v.counterpart as ContactCounterpart) };
    }
    case 'job':
      await requireOwnEmployer(w.tx, w.participant.programme_id, v.employerId as string);
      await checkJob(w, jobInput(v), jobCodes(v), id);
      return {};
    default:
      rejectIf(datedErrors(type, v, w.participant.referral_date, w.today));
      return {};
  }
}

function jobCodes(v: EntryValues): CodeCheck[] {
  return [
    { list: 'wage_types', code: v.wageType as string, path: 'values.wageType' },
    { list: 'job_end_reasons', code: (v.endReason as string | null) ?? null, path: 'values.endReason' },
    { list: 'occupations', code: (v.occupation as string | null) ?? null, path: 'values.occupation' },
  ];
}

function jobInput(v: EntryValues) {
  return {
    employerId: v.employerId as string,
    title: v.title as string,
    startDate: v.startDate as string,
    endDate: (v.endDate as string | null) ?? null,
    endReason: (v.endReason as string | null) ?? null,
    hoursPerWeek: Number(v.hoursPerWeek),
    employmentType: v.employmentType as EmploymentType,
    wageType: v.wageType as string,
  };
}

function datedErrors(type: CorrectionRecordType, v: EntryValues, referral: string, today: string) {
  const errors: FieldError[] = [];
  if (type === 'stage_transition') {
    const day = v.effectiveDate as string;
    if (day > today)
      errors.push({ path: 'effectiveDate', message: 'effectiveDate must not be in the future' });
    if (day < referral)
      errors.push({ path: 'effectiveDate', message: 'effectiveDate must not be before the referral date' });
  }
  if (type === 'benefit' && v.toDate && (v.toDate as string) < (v.fromDate as string))
    errors.push({ path: 'toDate', message: 'toDate must not be before fromDate' });
  return errors;
}

/** The referral is where the record starts: it is corrected, never voided. */
export function refuseVoidOfReferral(type: CorrectionRecordType, row: Record<string, unknown>) {
  if (type === 'stage_transition' && row.stage === 'referred' && row.recorded_by === null)
    throw new AppError('conflict', 'the referral starts the record: correct its date instead of voiding it');
}
