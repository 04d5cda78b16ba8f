import { PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { ParticipantBenefit } from '../../api/casework-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { BenefitForm } from './benefit-form.tsx';
import { BenefitItem } from './benefit-item.tsx';
import { EndBenefitForm } from './end-benefit-form.tsx';

interface Props {
  participantId: string;
  benefits: ParticipantBenefit[];
  writable: boolean;
  onSaved: (message: string) => void;
}

type Group = 'current' | 'planned' | 'past';
const GROUP_OF: Record<ParticipantBenefit['status'], Group> = {
  current: 'current',
  planned: 'planned',
  ended: 'past',
};

/**
 * The participant's benefits, newest first: those received today under "Ytelser nå", then those
 * still to come and those that have ended, each apart (the server dates each one). The record
 * holder adds and ends them here.
 */
export function BenefitsList({ participantId, benefits, writable, onSaved }: Props) {
  const t = useT();
  const b = t.casework.benefits;
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<string | null>(null);
  const sorted = [...benefits].sort((x, y) => y.fromDate.localeCompare(x.fromDate));
  const inGroup = (group: Group) => sorted.filter((benefit) => GROUP_OF[benefit.status] === group);

  const list = (items: ParticipantBenefit[]) => (
    <VStack as="ul" gap="space-12" className="plain-list">
      {items.map((benefit) =>
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
  );
  const section = (group: Group, items: ParticipantBenefit[], empty: string | null) =>
    items.length === 0 && empty === null ? null : (
      <VStack
        gap="space-12"
        as="section"
        aria-labelledby={`benefits-${group}-heading`}
        data-testid={`benefits-${group}`}
      >
        <Heading id={`benefits-${group}-heading`} level="3" size="small">
          {b[group]}
        </Heading>
        {items.length === 0 ? <BodyShort className="muted">{empty}</BodyShort> : list(items)}
      </VStack>
    );

  return (
    <VStack gap="space-16">
      {section('current', inGroup('current'), sorted.length === 0 ? b.empty : b.noneNow)}
      {section('planned', inGroup('planned'), null)}
      {section('past', inGroup('past'), null)}
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
