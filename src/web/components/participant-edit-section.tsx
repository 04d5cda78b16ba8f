import type { Participant } from '../api/types.ts';
import { ParticipantEditForm } from './participant-edit-form.tsx';
import { ReferralOptions } from './referral-options.tsx';

interface Props {
  participant: Participant;
  onSaved: (participant: Participant) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Loads the select options, then shows the edit form. */
export function ParticipantEditSection({ participant, ...handlers }: Props) {
  return (
    <ReferralOptions>
      {({ organisations }) => (
        <ParticipantEditForm
          // A new version (after a conflict reload) starts the form afresh from the server's values.
          key={participant.version}
          participant={participant}
          organisations={organisations}
          {...handlers}
        />
      )}
    </ReferralOptions>
  );
}
