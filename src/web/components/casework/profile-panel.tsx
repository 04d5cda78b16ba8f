import { BodyLong, Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { Casework } from '../../api/casework-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { SavedMessage, useSavedMessage } from '../saved-message.tsx';
import { WithheldNotice } from '../withheld-notice.tsx';
import { CareerProfileForm } from './career-profile-form.tsx';
import { CareerProfileView } from './career-profile-view.tsx';
import { withheldReason } from './withheld.ts';

interface Props {
  participantId: string;
  casework: Casework;
  writable: boolean;
  onChanged: () => void;
}

/** Karriereprofil: the latest version, and for the record holder a form that saves the next one. */
export function ProfilePanel({ participantId, casework, writable, onChanged }: Props) {
  const t = useT();
  const p = t.casework.profile;
  const [editing, setEditing] = useState(false);
  const message = useSavedMessage();
  const withheld = withheldReason(casework, 'job_plan');
  const profile = casework.careerProfile;
  const youth = casework.stage?.track === 'ips_ung';
  if (withheld) return <WithheldNotice reason={withheld} />;

  return (
    <VStack gap="space-24">
      <SavedMessage saved={message.saved} />
      {editing ? (
        <CareerProfileForm
          key={profile?.version ?? 0}
          participantId={participantId}
          profile={profile}
          youth={youth}
          onSaved={() => {
            setEditing(false);
            message.show(p.saved);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
          onReload={onChanged}
        />
      ) : (
        <>
          {profile ? (
            <CareerProfileView
              profile={profile}
              versions={casework.careerProfileVersions.length}
              youth={youth}
            />
          ) : (
            <BodyLong className="muted">{p.empty}</BodyLong>
          )}
          {writable && (
            <Button
              type="button"
              variant="secondary"
              className="fit-content"
              data-testid="profile-edit"
              onClick={() => {
                message.clear();
                setEditing(true);
              }}
            >
              {profile ? p.edit : p.create}
            </Button>
          )}
        </>
      )}
    </VStack>
  );
}
