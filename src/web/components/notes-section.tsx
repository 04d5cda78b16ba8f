import { Alert, Heading, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { noteCategories } from '../../domain/code-lists.ts';
import type { ParticipantRecord } from '../api/types.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/use-t.ts';
import { useCurrentUser } from '../session/session-context.ts';
import { BreakGlassButton } from './break-glass-button.tsx';
import { CategoryNotes } from './category-notes.tsx';
import { NoteForm } from './note-form.tsx';

interface Props {
  record: ParticipantRecord;
  /** The record's holder writes notes; everyone else reads what they may see. */
  writable: boolean;
  /** After a note is added or the glass is broken: the record is fetched again. */
  onChanged: () => void;
}

/** One part per note category; a category the reader may not see says so and why, instead of vanishing. */
export function NotesSection({ record, writable, onChanged }: Props) {
  const { t, lang } = useI18n();
  const [glassOpenUntil, setGlassOpenUntil] = useState<string | null>(null);
  const user = useCurrentUser();
  const withheld = new Map(record.withheld.map((w) => [w.category as string, w.reason]));
  const canBreakGlass =
    user.role === 'supervisor' && record.withheld.some((w) => w.reason === 'outside_supervision_scope');

  return (
    <VStack as="section" aria-labelledby="notes-heading" gap="space-24">
      <Heading id="notes-heading" level="2" size="medium">
        {t.notes.heading}
      </Heading>
      {glassOpenUntil && (
        <Alert variant="warning" role="status">
          {t.breakGlass.opened(formatDateTime(glassOpenUntil, lang))}
        </Alert>
      )}
      {canBreakGlass && (
        <BreakGlassButton
          participantId={record.id}
          onOpened={(expiresAt) => {
            setGlassOpenUntil(expiresAt);
            onChanged();
          }}
        />
      )}
      {noteCategories.map((category) => (
        <CategoryNotes
          key={category}
          category={category}
          notes={record.notes.filter((n) => n.category === category)}
          withheldReason={withheld.get(category)}
        />
      ))}
      {writable && <NoteForm participantId={record.id} onAdded={onChanged} />}
    </VStack>
  );
}
