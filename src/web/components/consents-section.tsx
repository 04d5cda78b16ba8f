import { PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useConsents } from '../api/use-consents.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { ConsentCard } from './consent-card.tsx';
import { LoadingState } from './loading-state.tsx';
import { RecordConsentSection } from './record-consent-section.tsx';

interface Props {
  participantId: string;
  /**
   * holder: records consents and withdraws them on the participant's behalf; participant: withdraws
   * their own; reader: sees them only.
   */
  mode: 'holder' | 'participant' | 'reader';
  intro?: string;
}

export function ConsentsSection({ participantId, mode, intro }: Props) {
  const t = useT();
  const { data, error, reload } = useConsents(participantId);
  const [recording, setRecording] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => {
    setMessage(text);
    reload();
  };

  const list = () => {
    if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
    if (!data) return <LoadingState />;
    if (data.items.length === 0) return <BodyLong>{t.consents.empty}</BodyLong>;
    return data.items.map((consent) => (
      <ConsentCard
        key={consent.id}
        consent={consent}
        withdrawLabel={
          mode === 'reader' ? null : mode === 'participant' ? t.consents.withdrawOwn : t.consents.withdraw
        }
        onWithdrawn={() => done(t.consents.withdrawn)}
      />
    ));
  };

  return (
    <VStack as="section" aria-labelledby="consents-heading" gap="space-16">
      <Heading id="consents-heading" level="2" size="medium">
        {t.consents.heading}
      </Heading>
      {intro && <BodyLong className="text-column">{intro}</BodyLong>}
      {message && (
        <Alert variant="success" role="status">
          {message}
        </Alert>
      )}
      {mode === 'holder' &&
        (recording ? (
          <RecordConsentSection
            participantId={participantId}
            onRecorded={() => {
              setRecording(false);
              done(t.consents.recorded);
            }}
            onCancel={() => setRecording(false)}
          />
        ) : (
          <Button
            type="button"
            variant="secondary"
            icon={<PlusIcon aria-hidden />}
            className="fit-content"
            onClick={() => {
              setMessage(null);
              setRecording(true);
            }}
          >
            {t.consents.record}
          </Button>
        ))}
      {list()}
    </VStack>
  );
}
