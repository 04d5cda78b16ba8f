import { BodyLong, Detail, Heading, VStack } from '@navikt/ds-react';
import { dataCategories } from '../../domain/code-lists.ts';
import type { CaseNote, NoteCategory } from '../api/types.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useI18n } from '../i18n/use-t.ts';
import { WithheldNotice } from './withheld-notice.tsx';

interface Props {
  category: NoteCategory;
  notes: CaseNote[];
  /** Set when the reader may not see this category. */
  withheldReason: string | undefined;
}

export function CategoryNotes({ category, notes, withheldReason }: Props) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const headingId = `notes-${category}`;

  const body = () => {
    if (withheldReason) return <WithheldNotice reason={withheldReason} />;
    if (notes.length === 0) return <BodyLong className="muted">{t.notes.empty}</BodyLong>;
    return (
      <ul className="note-list">
        {notes.map((note) => (
          <li key={note.id} className="note">
            <BodyLong>{note.body}</BodyLong>
            <Detail>{t.notes.byline(note.author.displayName, formatDateTime(note.createdAt, lang))}</Detail>
          </li>
        ))}
      </ul>
    );
  };

  return (
    <VStack as="section" aria-labelledby={headingId} gap="space-8" data-testid={headingId}>
      <Heading id={headingId} level="3" size="small">
        {label(dataCategories, category)}
      </Heading>
      {body()}
    </VStack>
  );
}
