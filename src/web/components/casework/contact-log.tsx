import { BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { ParticipantContact } from '../../api/casework-types.ts';
import type { CorrectedEntry } from '../../api/use-corrections.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { ContactItem } from './contact-item.tsx';
import { CorrectionForm } from './correction-form.tsx';
import { CorrectionNote, VoidedEntries } from './correction-note.tsx';

interface Props {
  contacts: ParticipantContact[];
  corrections: CorrectedEntry[];
  participantId: string;
  /** Set for those who may correct: shows "Rett" on each contact. */
  onCorrected?: () => void;
}

/** The contacts about the participant, newest first, each corrected one with its history. */
export function ContactLog({ contacts, corrections, participantId, onCorrected }: Props) {
  const { t, lang } = useI18n();
  const f = t.casework.followAlong;
  const c = t.casework.corrections;
  const [open, setOpen] = useState<string | null>(null);
  const sorted = [...contacts].sort((a, b) => b.contactDate.localeCompare(a.contactDate));
  const ofContact = (id: string) => corrections.find((e) => e.recordId === id);
  const voided = corrections.filter((e) => e.recordType === 'contact' && e.voided);
  return (
    <VStack gap="space-12" as="section" aria-labelledby="contacts-heading">
      <Heading id="contacts-heading" level="3" size="small">
        {f.contactsHeading}
      </Heading>
      {sorted.length === 0 ? (
        <BodyShort className="muted">{f.contactsEmpty}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-12" className="plain-list" data-testid="contact-log">
          {sorted.map((contact) => {
            const what = `${f.contactsHeading.toLowerCase()} ${formatDate(contact.contactDate, lang)}`;
            return (
              <ContactItem key={contact.id} contact={contact}>
                <CorrectionNote entry={ofContact(contact.id)} />
                {onCorrected && open !== contact.id && (
                  <Button
                    type="button"
                    size="xsmall"
                    variant="tertiary"
                    aria-label={c.correctLabel(what)}
                    onClick={() => setOpen(contact.id)}
                  >
                    {c.correctAction}
                  </Button>
                )}
                {onCorrected && open === contact.id && (
                  <CorrectionForm
                    participantId={participantId}
                    target={{
                      recordType: 'contact',
                      recordId: contact.id,
                      dateField: 'contactDate',
                      date: contact.contactDate,
                    }}
                    what={what}
                    onCancel={() => setOpen(null)}
                    onSaved={() => {
                      setOpen(null);
                      onCorrected();
                    }}
                  />
                )}
              </ContactItem>
            );
          })}
        </VStack>
      )}
      <VoidedEntries entries={voided} />
    </VStack>
  );
}
