import { VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { Casework, CaseworkWithheld } from '../../api/casework-types.ts';
import { useCorrections } from '../../api/use-corrections.ts';
import { useT } from '../../i18n/use-t.ts';
import { SavedMessage, useSavedMessage } from '../saved-message.tsx';
import { WithheldNotice } from '../withheld-notice.tsx';
import { ContactForm } from './contact-form.tsx';
import { ContactLog } from './contact-log.tsx';
import { EmployerContactsList } from './employer-contacts-list.tsx';
import { SupportPlanSection } from './support-plan-section.tsx';
import { withheldReason } from './withheld.ts';

interface Props {
  participantId: string;
  casework: Casework;
  writable: boolean;
  /** Opened from the discharge form to record an outreach attempt. */
  outreach: boolean;
  onOutreachDone: () => void;
  onChanged: () => void;
}

/** Contacts are filed by whom they were with, so each hidden category is named where its contacts would be. */
const CONTACT_CATEGORIES: readonly CaseworkWithheld['category'][] = [
  'job_plan',
  'team_discussion',
  'employer_contact',
];

/** Oppfølging: the contact log and a quick contact, the plan of supports, and employer contacts. */
export function FollowAlongPanel({
  participantId,
  casework,
  writable,
  outreach,
  onOutreachDone,
  onChanged,
}: Props) {
  const t = useT();
  const message = useSavedMessage();
  const [round, setRound] = useState(0);
  const corrections = useCorrections(participantId);
  const hidden = CONTACT_CATEGORIES.flatMap((category) => {
    const reason = withheldReason(casework, category);
    return reason ? [{ category, reason }] : [];
  });
  const jobPlanHidden = withheldReason(casework, 'job_plan');
  const employerHidden = withheldReason(casework, 'employer_contact');
  const saved = (text: string) => {
    message.show(text);
    onChanged();
  };

  return (
    <VStack gap="space-32">
      <SavedMessage saved={message.saved} />
      {hidden.map((h) => (
        <WithheldNotice key={h.category} reason={h.reason} />
      ))}
      {writable && (
        <ContactForm
          key={`contact-${round}-${outreach}`}
          participantId={participantId}
          jobs={casework.jobs}
          outreach={outreach}
          noShowPlan={casework.careerProfile?.content.noShowPlan ?? null}
          onSaved={() => {
            setRound((r) => r + 1);
            onOutreachDone();
            saved(t.casework.followAlong.contactSaved);
          }}
        />
      )}
      <ContactLog
        contacts={casework.contacts}
        corrections={corrections.data?.entries ?? []}
        participantId={participantId}
        onCorrected={
          writable
            ? () => {
                corrections.reload();
                saved(t.casework.corrections.saved);
              }
            : undefined
        }
      />
      {!jobPlanHidden && (
        <SupportPlanSection
          participantId={participantId}
          plan={casework.supportPlan}
          writable={writable}
          onSaved={saved}
          onReload={onChanged}
        />
      )}
      {!employerHidden && <EmployerContactsList contacts={casework.employerContacts} />}
    </VStack>
  );
}
