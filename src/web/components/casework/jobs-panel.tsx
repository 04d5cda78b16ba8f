import { PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { Casework, Job } from '../../api/casework-types.ts';
import { useCorrections } from '../../api/use-corrections.ts';
import { useT } from '../../i18n/use-t.ts';
import { WithheldNotice } from '../withheld-notice.tsx';
import { BenefitsPlanMissingAlert } from './benefits-plan-missing-alert.tsx';
import { CorrectionForm } from './correction-form.tsx';
import { VoidedEntries } from './correction-note.tsx';
import { EndJobForm } from './end-job-form.tsx';
import { JobForm } from './job-form.tsx';
import { JobsTable } from './jobs-table.tsx';
import { SavedMessage } from './saved-message.tsx';
import { withheldReason } from './withheld.ts';

interface Props {
  participantId: string;
  casework: Casework;
  writable: boolean;
  onChanged: () => void;
  onShowBenefits: () => void;
}

/** Jobber: the jobs, typed competitive or not; the record holder adds and ends them. */
export function JobsPanel({ participantId, casework, writable, onChanged, onShowBenefits }: Props) {
  const t = useT();
  const j = t.casework.jobs;
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Job | null>(null);
  const [correcting, setCorrecting] = useState<Job | null>(null);
  const corrections = useCorrections(participantId);
  const [message, setMessage] = useState<string | null>(null);
  const [planMissing, setPlanMissing] = useState(false);
  const withheld = withheldReason(casework, 'job_plan');
  if (withheld) return <WithheldNotice reason={withheld} />;
  const start = () => {
    setMessage(null);
    setPlanMissing(false);
  };

  return (
    <VStack gap="space-24">
      <SavedMessage text={message} />
      {planMissing && <BenefitsPlanMissingAlert saved onShowBenefits={onShowBenefits} />}
      {casework.jobs.length === 0 ? (
        <BodyShort className="muted">{j.empty}</BodyShort>
      ) : (
        <JobsTable
          jobs={casework.jobs}
          onEnd={
            writable
              ? (job) => {
                  start();
                  setAdding(false);
                  setEnding(job);
                }
              : undefined
          }
          onCorrect={writable ? setCorrecting : undefined}
        />
      )}
      {correcting && (
        <CorrectionForm
          key={`correct-${correcting.id}`}
          participantId={participantId}
          target={{
            recordType: 'job',
            recordId: correcting.id,
            dateField: 'startDate',
            date: correcting.startDate,
          }}
          what={`${correcting.title}, ${correcting.employer.name}`}
          onCancel={() => setCorrecting(null)}
          onSaved={() => {
            setCorrecting(null);
            setMessage(t.casework.corrections.saved);
            corrections.reload();
            onChanged();
          }}
        />
      )}
      <VoidedEntries
        entries={(corrections.data?.entries ?? []).filter((e) => e.recordType === 'job' && e.voided)}
      />
      {ending && (
        <EndJobForm
          key={ending.id}
          participantId={participantId}
          job={ending}
          onSaved={() => {
            setEnding(null);
            setMessage(j.ended);
            onChanged();
          }}
          onCancel={() => setEnding(null)}
        />
      )}
      {writable &&
        !ending &&
        (adding ? (
          <JobForm
            participantId={participantId}
            plans={casework.benefitsPlans}
            onSaved={(result) => {
              setAdding(false);
              setMessage(j.saved);
              setPlanMissing(result.benefitsPlanMissing);
              onChanged();
            }}
            onCancel={() => setAdding(false)}
            onShowBenefits={onShowBenefits}
          />
        ) : (
          <Button
            type="button"
            variant="secondary"
            icon={<PlusIcon aria-hidden />}
            className="fit-content"
            data-testid="job-add"
            onClick={() => {
              start();
              setAdding(true);
            }}
          >
            {j.add}
          </Button>
        ))}
    </VStack>
  );
}
