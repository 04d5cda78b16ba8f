import { Textarea } from '@navikt/ds-react';
import { ageBands, workWishes } from '../../domain/code-lists.ts';
import type { Candidate, Team } from '../api/types.ts';
import { useRaiseCandidate } from '../api/use-raise-candidate.ts';
import {
  CANDIDATE_FIELDS,
  type CandidateField,
  candidateBody,
  candidateFieldId,
  emptyCandidate,
  NOTE_MAX,
  validateCandidate,
} from '../forms/candidate-form.ts';
import { afterWrite, useFormFlow } from '../forms/use-form-flow.ts';
import type { Messages } from '../i18n/nb.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { ChoiceSelect } from './choice-select.tsx';
import { FormFrame } from './form-frame.tsx';

/** Our words for a field the API refused: for the note, that it could identify the person. */
const INVALID: Record<CandidateField, (t: Messages) => string> = {
  ageBand: (t) => t.candidates.ageBandRequired,
  workWish: (t) => t.candidates.workWishRequired,
  note: (t) => t.candidates.noteIdentifying,
  teamId: (t) => t.candidates.teamInvalid,
};

interface Props {
  /** The programme's treatment teams, one of which the candidate may belong to. */
  teams: Team[];
  onRaised: (candidate: Candidate) => void;
}

/** Raises an anonymous candidate; the API refuses a note that could identify the person. */
export function CandidateForm({ teams, onRaised }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const raise = useRaiseCandidate();
  const form = useFormFlow({
    initial: emptyCandidate(),
    fields: CANDIDATE_FIELDS,
    fieldId: candidateFieldId,
    validate: (values) => validateCandidate(values, t),
    invalid: (field) => INVALID[field](t),
    send: (values) => afterWrite(raise.run(candidateBody(values)), onRaised),
  });

  return (
    <FormFrame
      testId="candidate"
      heading={t.candidates.formHeading}
      headingLevel="2"
      form={form}
      submitLabel={t.candidates.submit}
    >
      <ChoiceSelect
        {...form.field.input('ageBand')}
        label={t.candidates.ageBand}
        placeholder={t.candidates.chooseAgeBand}
        choices={ageBands.codes.map((code) => ({ value: code, label: label(ageBands, code) }))}
      />
      <ChoiceSelect
        {...form.field.input('workWish')}
        label={t.candidates.workWish}
        placeholder={t.candidates.chooseWorkWish}
        choices={workWishes.codes.map((code) => ({ value: code, label: label(workWishes, code) }))}
      />
      <Textarea
        {...form.field.input('note')}
        label={t.candidates.note}
        description={t.candidates.noteDescription}
        maxLength={NOTE_MAX}
      />
      {teams.length > 0 && (
        <ChoiceSelect
          {...form.field.input('teamId')}
          label={t.candidates.team}
          placeholder={t.candidates.noTeam}
          choices={teams.map((team) => ({ value: team.id, label: team.name }))}
        />
      )}
    </FormFrame>
  );
}
