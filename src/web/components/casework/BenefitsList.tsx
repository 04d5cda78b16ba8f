import { PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { ParticipantBenefit } from '../../api/casework-types.ts';
import { useT } from '../../i18n/useT.ts';
import { BenefitForm } from './BenefitForm.tsx';
import { BenefitItem } from './BenefitItem.tsx';
import { EndBenefitForm } from './EndBenefitForm.tsx';

interface Props {
  participantId: string;
  benefits: ParticipantBenefit[];
  writable: boolean;
  onSaved: (message: string) => void;
}

/** The participant's benefits, newest first; the record holder adds and ends them here. */
export function BenefitsList({ participantId, benefits, writable, onSaved }: Props) {
  const t = useT();
  const b = t.casework.benefits;
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<string | null>(null);
  const sorted = [...benefits].sort((x, y) => y.fromDate.localeCompare(x.fromDate));

  return (
    <VStack gap="space-16" as="section" aria-labelledby="benefits-current-heading">
      <Heading id="benefits-current-heading" level="3" size="small">
        {b.current}
      </Heading>
      {sorted.length === 0 ? (
        <BodyShort className="muted">{b.empty}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-12" className="plain-list">
          {sorted.map((benefit) =>
            ending === benefit.id ? (
              <li key={benefit.id}>
                <EndBenefitForm
                  participantId={participantId}
                  benefit={benefit}
                  onSaved={() => {
                    setEnding(null);
                    onSaved(b.ended);
                  }}
                  onCancel={() => setEnding(null)}
                />
              </li>
            ) : (
              <BenefitItem
                key={benefit.id}
                benefit={benefit}
                onEnd={writable && benefit.toDate === null ? () => setEnding(benefit.id) : undefined}
              />
            ),
          )}
        </VStack>
      )}
      {writable &&
        (adding ? (
          <BenefitForm
            participantId={participantId}
            onSaved={() => {
              setAdding(false);
              onSaved(b.saved);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <Button
            type="button"
            variant="secondary"
            icon={<PlusIcon aria-hidden />}
            className="fit-content"
            data-testid="benefit-add"
            onClick={() => setAdding(true)}
          >
            {b.add}
          </Button>
        ))}
    </VStack>
  );
}
