import { Alert, Button, Heading, Select, Textarea, VStack } from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { dataCategories, noteCategories } from '../../domain/code-lists.ts';
import type { NoteCategory } from '../api/types.ts';
import { useAddNote } from '../api/use-add-note.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';

const MAX_LENGTH = 4000;

interface Props {
  participantId: string;
  onAdded: () => void;
}

/** A new note in the job specialist's record, filed under one category (which decides who may see it). */
export function NoteForm({ participantId, onAdded }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const add = useAddNote(participantId);
  const [category, setCategory] = useState<NoteCategory | ''>('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ category?: string; body?: string }>({});
  const [saved, setSaved] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const next = {
      category: category ? undefined : t.notes.categoryRequired,
      body:
        body.trim() === ''
          ? t.notes.bodyRequired
          : body.length > MAX_LENGTH
            ? t.notes.bodyTooLong
            : undefined,
    };
    setErrors(next);
    if (!category || next.body) return;
    const result = await add.run({ category, body: body.trim() });
    if (!result.ok) return;
    setCategory('');
    setBody('');
    setSaved(true);
    onAdded();
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="note-form-heading"
      className="form-column"
      data-testid="note-form"
    >
      <VStack gap="space-16" align="start">
        <Heading id="note-form-heading" level="3" size="small">
          {t.notes.formHeading}
        </Heading>
        {saved && (
          <Alert variant="success" size="small" role="status">
            {t.notes.saved}
          </Alert>
        )}
        {add.error && <ApiErrorAlert error={add.error} />}
        <Select
          label={t.notes.category}
          value={category}
          error={errors.category}
          onChange={(event) => setCategory(event.target.value as NoteCategory | '')}
        >
          <option value="">{t.notes.chooseCategory}</option>
          {noteCategories.map((code) => (
            <option key={code} value={code}>
              {label(dataCategories, code)}
            </option>
          ))}
        </Select>
        <Textarea
          label={t.notes.body}
          description={t.notes.bodyDescription}
          value={body}
          maxLength={MAX_LENGTH}
          error={errors.body}
          onChange={(event) => setBody(event.target.value)}
          className="full-width"
        />
        <Button type="submit" loading={add.pending}>
          {t.notes.submit}
        </Button>
      </VStack>
    </form>
  );
}
