import type { AgeBand, NewCandidateBody, WorkWish } from '../api/types.ts';
import type { Messages } from '../i18n/nb.ts';

export interface CandidateValues {
  ageBand: AgeBand | '';
  workWish: WorkWish | '';
  note: string;
  /** A treatment team of the programme, or '' for none. */
  teamId: string;
}

export type CandidateField = keyof CandidateValues;

export const CANDIDATE_FIELDS: readonly CandidateField[] = ['ageBand', 'workWish', 'note', 'teamId'];
export const NOTE_MAX = 500;

export const candidateFieldId = (field: CandidateField) => `candidate-${field}`;

export const emptyCandidate = (): CandidateValues => ({
  ageBand: '',
  workWish: '',
  note: '',
  teamId: '',
});

export function validateCandidate(v: CandidateValues, t: Messages): Partial<Record<CandidateField, string>> {
  const errors: Partial<Record<CandidateField, string>> = {};
  if (!v.ageBand) errors.ageBand = t.candidates.ageBandRequired;
  if (!v.workWish) errors.workWish = t.candidates.workWishRequired;
  if (v.note.trim().length > NOTE_MAX) errors.note = t.candidates.noteTooLong;
  return errors;
}

/** Only called once validateCandidate found nothing. The API alone judges whether the note identifies. */
export function candidateBody(v: CandidateValues): NewCandidateBody {
  const note = v.note.trim();
  return {
    ageBand: v.ageBand as AgeBand,
    workWish: v.workWish as WorkWish,
    ...(note ? { note } : {}),
    ...(v.teamId ? { teamId: v.teamId } : {}),
  };
}
