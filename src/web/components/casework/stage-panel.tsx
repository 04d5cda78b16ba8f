import { Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { Casework } from '../../api/casework-types.ts';
import { lastTransitionDate, type StageFacts } from '../../forms/casework/stage-form.ts';
import { formatDate, todayInOslo } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { SavedMessage, useSavedMessage } from '../saved-message.tsx';
import { WithheldNotice } from '../withheld-notice.tsx';
import { DischargeForm } from './discharge-form.tsx';
import { StageForm } from './stage-form.tsx';
import { StageSummary } from './stage-summary.tsx';
import { StageTimeline } from './stage-timeline.tsx';
import { withheldReason } from './withheld.ts';

interface Props {
  participantId: string;
  casework: Casework;
  writable: boolean;
  onChanged: () => void;
  onRecordAttempt: () => void;
}

/** Forløp: where the participant is, how they got there, and the next step or the discharge. */
export function StagePanel({ participantId, casework, writable, onChanged, onRecordAttempt }: Props) {
  const { t, lang } = useI18n();
  const [round, setRound] = useState(0);
  const [discharging, setDischarging] = useState(false);
  const message = useSavedMessage();
  const withheld = withheldReason(casework, 'job_plan');
  const last = lastTransitionDate(casework.transitions);
  const facts: StageFacts = {
    today: todayInOslo(),
    lastDate: last ? { date: last, shown: formatDate(last, lang) } : null,
  };
  const saved = (text: string) => {
    message.show(text);
    setDischarging(false);
    setRound((r) => r + 1);
    onChanged();
  };
  // The stage is part of the job plan: without it there is nothing to show but why.
  const stage = casework.stage;
  if (!stage) return withheld ? <WithheldNotice reason={withheld} /> : null;
  const active = stage.current !== 'discharged';

  return (
    <VStack gap="space-24">
      <StageSummary stage={stage} />
      <SavedMessage saved={message.saved} />
      <StageTimeline transitions={casework.transitions} />
      {writable && !discharging && (
        <StageForm
          key={`stage-${round}`}
          participantId={participantId}
          current={stage.current}
          transitions={casework.transitions}
          facts={facts}
          onSaved={() => saved(t.casework.stage.saved)}
        />
      )}
      {writable && active && !discharging && (
        <Button
          type="button"
          variant="secondary"
          className="fit-content"
          onClick={() => {
            message.clear();
            setDischarging(true);
          }}
          data-testid="discharge-open"
        >
          {t.casework.discharge.open}
        </Button>
      )}
      {writable && active && discharging && (
        <DischargeForm
          participantId={participantId}
          casework={casework}
          facts={facts}
          onSaved={() => saved(t.casework.discharge.saved)}
          onCancel={() => setDischarging(false)}
          onRecordAttempt={onRecordAttempt}
        />
      )}
    </VStack>
  );
}
