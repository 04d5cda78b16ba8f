import { VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { Casework } from '../../api/casework-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { SavedMessage, useSavedMessage } from '../saved-message.tsx';
import { WithheldNotice } from '../withheld-notice.tsx';
import { BenefitsList } from './benefits-list.tsx';
import { BenefitsPlanForm } from './benefits-plan-form.tsx';
import { BenefitsPlansList } from './benefits-plans-list.tsx';
import { withheldReason } from './withheld.ts';

interface Props {
  participantId: string;
  casework: Casework;
  writable: boolean;
  onChanged: () => void;
}

/** Ytelser (veiledning om ytelser): benefits now, the calculator, and the plans saved before. */
export function BenefitsPanel({ participantId, casework, writable, onChanged }: Props) {
  const t = useT();
  const message = useSavedMessage();
  const [round, setRound] = useState(0);
  const withheld = withheldReason(casework, 'benefit_status');
  if (withheld) return <WithheldNotice reason={withheld} />;
  const saved = (text: string) => {
    message.show(text);
    setRound((r) => r + 1);
    onChanged();
  };

  return (
    <VStack gap="space-32">
      <SavedMessage saved={message.saved} />
      <BenefitsList
        participantId={participantId}
        benefits={casework.benefits}
        writable={writable}
        onSaved={saved}
      />
      {writable && (
        <BenefitsPlanForm
          key={`plan-${round}`}
          participantId={participantId}
          benefits={casework.benefits}
          onSaved={() => saved(t.casework.plan.saved)}
        />
      )}
      <BenefitsPlansList plans={casework.benefitsPlans} />
    </VStack>
  );
}
