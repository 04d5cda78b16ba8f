import { Button, TextField, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useAddAction } from '../api/use-fidelity.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { DateField } from '../components/date-field.tsx';
import { useT } from '../i18n/use-t.ts';

/** Adds one action to the review's plan; the API refuses a due date before the review. */
export function NewActionForm({ reviewId, onAdded }: { reviewId: string; onAdded: () => void }) {
  const t = useT();
  const a = t.fidelity.actions;
  const id = useId();
  const add = useAddAction(reviewId);
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [round, setRound] = useState(0);
  const fieldError = (path: string) => add.error?.errors.find((e) => e.path === path)?.message;
  return (
    <VStack
      as="form"
      key={round}
      gap="space-12"
      align="start"
      aria-label={a.add}
      onSubmit={async (e: React.FormEvent) => {
        e.preventDefault();
        if (!(await add.run({ what, owner, dueDate })).ok) return;
        setWhat('');
        setOwner('');
        setDueDate('');
        setRound((r) => r + 1);
        onAdded();
      }}
    >
      <TextField
        label={a.what}
        value={what}
        onChange={(e) => setWhat(e.target.value)}
        error={fieldError('what')}
      />
      <TextField
        label={a.owner}
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
        error={fieldError('owner')}
      />
      <DateField
        id={`${id}-due`}
        label={a.due}
        description=""
        value={dueDate}
        onChange={setDueDate}
        error={fieldError('dueDate')}
      />
      {add.error && !add.error.errors.length && <ApiErrorAlert error={add.error} />}
      <Button type="submit" variant="secondary" loading={add.pending}>
        {a.add}
      </Button>
    </VStack>
  );
}
