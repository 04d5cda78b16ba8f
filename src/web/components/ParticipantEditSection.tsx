import type { Participant } from '../api/types.ts';
import { useJobSpecialists } from '../api/useJobSpecialists.ts';
import { useOrganisations } from '../api/useOrganisations.ts';
import { byName } from '../forms/sortOptions.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import { LoadingState } from './LoadingState.tsx';
import { ParticipantEditForm } from './ParticipantEditForm.tsx';

interface Props {
  participant: Participant;
  onSaved: (participant: Participant) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Loads the select options, then shows the edit form. */
export function ParticipantEditSection({ participant, ...handlers }: Props) {
  const organisations = useOrganisations();
  const jobSpecialists = useJobSpecialists();
  const error = organisations.error ?? jobSpecialists.error;

  if (error) {
    return (
      <ApiErrorAlert
        error={error}
        onRetry={() => {
          organisations.reload();
          jobSpecialists.reload();
        }}
      />
    );
  }
  if (!organisations.data || !jobSpecialists.data) return <LoadingState />;
  return (
    <ParticipantEditForm
      // A new version (after a conflict reload) starts the form afresh from the server's values.
      key={participant.version}
      participant={participant}
      organisations={byName(organisations.data.items)}
      jobSpecialists={byName(jobSpecialists.data.items)}
      {...handlers}
    />
  );
}
