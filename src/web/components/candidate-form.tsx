import { Button, Heading, Select, Textarea, VStack } from '@navikt/ds-react';
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
import { ApiErrorAlert } from './api-error-alert.tsx';
import { FormErrorSummary } from './form-error-summary.tsx';

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
    validate: (values) => validateCandidate(values, t),
    invalid: (field) => INVALID[field](t),
    send: (values) => afterWrite(raise.run(candidateBody(values)), onRaised),
  });
  const set = (field: CandidateField, value: string) => form.update((v) => ({ ...v, [field]: value }), field);

  return (
    <form onSubmit={form.onSubmit} noValidate aria-labelledby="candidate-form-heading">
      <VStack gap="space-16" className="form-column">
        <Heading id="candidate-form-heading" level="2" size="medium">
          {t.candidates.formHeading}
        </Heading>
        <FormErrorSummary
          ref={form.summaryRef}
          errors={form.errors}
          order={CANDIDATE_FIELDS}
          fieldId={candidateFieldId}
        />
        {form.generalError && <ApiErrorAlert error={form.generalError} details={form.unmatched} />}
        <Select
          id={candidateFieldId('ageBand')}
          label={t.candidates.ageBand}
          value={form.values.ageBand}
          error={form.errors.ageBand}
          onChange={(event) => set('ageBand', event.target.value)}
        >
          <option value="">{t.candidates.chooseAgeBand}</option>
          {ageBands.codes.map((code) => (
            <option key={code} value={code}>
              {label(ageBands, code)}
            </option>
          ))}
        </Select>
        <Select
          id={candidateFieldId('workWish')}
          label={t.candidates.workWish}
          value={form.values.workWish}
          error={form.errors.workWish}
          onChange={(event) => set('workWish', event.target.value)}
        >
          <option value="">{t.candidates.chooseWorkWish}</option>
          {workWishes.codes.map((code) => (
            <option key={code} value={code}>
              {label(workWishes, code)}
            </option>
          ))}
        </Select>
        <Textarea
          id={candidateFieldId('note')}
          label={t.candidates.note}
          description={t.candidates.noteDescription}
          value={form.values.note}
          maxLength={NOTE_MAX}
          error={form.errors.note}
          onChange={(event) => set('note', event.target.value)}
        />
        {teams.length > 0 && (
          <Select
            id={candidateFieldId('teamId')}
            label={t.candidates.team}
            value={form.values.teamId}
            error={form.errors.teamId}
            onChange={(event) => set('teamId', event.target.value)}
          >
            <option value="">{t.candidates.noTeam}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        )}
        <Button type="submit" loading={raise.pending} className="fit-content">
          {t.candidates.submit}
        </Button>
      </VStack>
    </form>
  );
}
