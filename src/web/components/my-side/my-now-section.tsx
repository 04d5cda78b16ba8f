import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { nextAppointment } from '../../../domain/agenda.ts';
import type { Casework } from '../../api/casework-types.ts';
import { useCasework } from '../../api/use-casework.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate, todayInOslo } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';

function Part({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <VStack as="li" gap="space-4" className="note">
      <Heading level="3" size="xsmall">
        {heading}
      </Heading>
      {children}
    </VStack>
  );
}

/** Her job now, her plan of supports and her next appointment, from her own casework. */
function Now({ casework }: { casework: Casework }) {
  const { t, lang } = useI18n();
  const m = t.day.mine;
  const supports = useCodeList('support_kinds');
  const date = (iso: string) => formatDate(iso, lang);
  const job = casework.jobs.find((j) => j.status === 'current');
  const plan = casework.supportPlan?.content.supports ?? [];
  const steps = [...casework.contacts, ...casework.employerContacts];
  const appointment = nextAppointment(steps, todayInOslo());
  return (
    <ul className="note-list" data-testid="my-now">
      <Part heading={m.job}>
        <BodyShort>{job ? m.jobAt(job.title, job.employer.name, date(job.startDate)) : m.noJob}</BodyShort>
      </Part>
      <Part heading={m.plan}>
        {plan.length === 0 ? (
          <BodyShort>{m.noPlan}</BodyShort>
        ) : (
          <ul>
            {plan.map((s, i) => (
              // The plan is shown, never edited here: the order is its identity.
              <li key={`${s.kind}:${i}`}>
                <BodyShort>{`${supports.label(s.kind)}: ${s.description}`}</BodyShort>
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part heading={m.nextAppointment}>
        <BodyShort data-testid="next-appointment">
          {appointment ? m.appointment(appointment.text, date(appointment.date)) : m.noAppointment}
        </BodyShort>
      </Part>
    </ul>
  );
}

export function MyNowSection({ participantId }: { participantId: string }) {
  const t = useI18n().t;
  const casework = useCasework(participantId);
  const body = () => {
    if (casework.error) return <ApiErrorAlert error={casework.error} onRetry={casework.reload} />;
    if (!casework.data) return <LoadingState />;
    return <Now casework={casework.data} />;
  };
  return (
    <VStack as="section" aria-labelledby="my-now-heading" gap="space-16">
      <Heading id="my-now-heading" level="2" size="medium">
        {t.day.mine.nowHeading}
      </Heading>
      {body()}
    </VStack>
  );
}
