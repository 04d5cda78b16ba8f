import { Button, HStack, Select, VStack } from '@navikt/ds-react';
import { type FormEvent, useRef, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { ParticipantRef, PersonRef, Reassignment } from '../../api/caseload-types.ts';
import { useReassign } from '../../api/use-reassign.ts';
import { serverFieldErrors } from '../../forms/server-field-errors.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';

interface Props {
  participant: ParticipantRef;
  specialists: PersonRef[];
  onMoved: (participant: ParticipantRef, result: Reassignment) => void;
}

/**
 * Moves one participant to another job specialist: a select and a button in a table row. With a
 * single field, its own error message is the summary, so focus goes back to the select on failure.
 */
export function ReassignControl({ participant, specialists, onMoved }: Props) {
  const t = useT();
  const reassign = useReassign();
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [generalError, setGeneralError] = useState<ApiError | undefined>(undefined);
  const selectRef = useRef<HTMLSelectElement>(null);
  const texts = t.work.reassign;

  const fail = (message: string) => {
    setFieldError(message);
    selectRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneralError(undefined);
    if (!value) return fail(texts.required);
    const result = await reassign.run({ participantId: participant.id, jobSpecialistId: value });
    if (result.ok) {
      setValue('');
      return onMoved(participant, result.value);
    }
    const named = result.error.status === 400 && serverFieldErrors(result.error, ['jobSpecialistId']);
    if (named && named.fields.length > 0) return fail(texts.invalid);
    setGeneralError(result.error);
  };

  return (
    <VStack as="form" gap="space-8" onSubmit={onSubmit}>
      <HStack gap="space-8" align="end" wrap={false}>
        <Select
          ref={selectRef}
          label={texts.label(participant.name)}
          hideLabel
          size="small"
          value={value}
          error={fieldError}
          onChange={(event) => {
            setValue(event.target.value);
            setFieldError(undefined);
          }}
          data-testid="reassign-select"
        >
          <option value="">{texts.choose}</option>
          {specialists.map((s) => (
            <option key={s.id} value={s.id}>
              {s.displayName}
            </option>
          ))}
        </Select>
        <Button
          type="submit"
          size="small"
          variant="secondary"
          loading={reassign.pending}
          data-testid="reassign-submit"
        >
          {texts.submit}
        </Button>
      </HStack>
      {generalError && <ApiErrorAlert error={generalError} />}
    </VStack>
  );
}
