import { Heading, VStack } from '@navikt/ds-react';
import { useContactDetails } from '../../api/use-contact-details.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { ContactDetailsForm } from './contact-details-form.tsx';
import { ParticipantAddress } from './participant-address.tsx';
import { ProtectionForm } from './protection-form.tsx';
import { StaffAssignmentForm } from './staff-assignment-form.tsx';
import { ContactLinks, StaffContactCard } from './staff-contact-card.tsx';

interface Props {
  participantId: string;
  /** The record holders change her phone and e-mail, and name her NAV adviser and clinician. */
  editable: boolean;
}

/** Her phone, e-mail and address (or her protection), and how to reach her job specialist, NAV adviser and clinician. */
export function ContactDetailsSection({ participantId, editable }: Props) {
  const t = useT().day.contacts;
  const details = useContactDetails(participantId);
  const body = () => {
    if (details.error) return <ApiErrorAlert error={details.error} onRetry={details.reload} />;
    if (!details.data) return <LoadingState />;
    const d = details.data;
    return (
      <VStack gap="space-16">
        <ul className="note-list">
          <VStack as="li" gap="space-4" className="note" data-testid="participant-contact">
            <ContactLinks contact={d.participant} />
            <ParticipantAddress participant={d.participant} />
          </VStack>
          <StaffContactCard title={t.jobSpecialist} staff={d.jobSpecialist} />
          <StaffContactCard title={t.navAdviser} staff={d.navAdviser} />
          <StaffContactCard title={t.clinician} staff={d.clinician} />
        </ul>
        {editable && (
          <ContactDetailsForm
            // A new protection changes her fields: the form starts afresh from what is stored.
            key={d.participant.protection ?? 'none'}
            participantId={participantId}
            current={d.participant}
            onSaved={details.reload}
          />
        )}
        {editable && (
          <ProtectionForm participantId={participantId} current={d.participant} onSaved={details.reload} />
        )}
        {editable && (
          <StaffAssignmentForm
            participantId={participantId}
            current={{ navAdviserId: d.navAdviser?.id ?? null, clinicianId: d.clinician?.id ?? null }}
            onSaved={details.reload}
          />
        )}
      </VStack>
    );
  };
  return (
    <VStack as="section" aria-labelledby="contact-details-heading" gap="space-16">
      <Heading id="contact-details-heading" level="2" size="medium">
        {t.heading}
      </Heading>
      {body()}
    </VStack>
  );
}
