import { PlusIcon } from '@navikt/aksel-icons';
import { Button, Fieldset, Textarea, TextField, VStack } from '@navikt/ds-react';
import { emptyWorkRow, type WorkRow } from '../../forms/casework/career-profile-form.ts';
import { useT } from '../../i18n/use-t.ts';
import { DateField } from '../date-field.tsx';
import { rowErrors } from './row-errors.ts';
import { RowFrame } from './row-frame.tsx';

interface Props {
  id: string;
  rows: WorkRow[];
  /** Set when a row lacks its required parts; those inputs are marked too. */
  error: string | undefined;
  onChange: (rows: WorkRow[]) => void;
}

/** Earlier jobs, one row each, added and removed as the conversation goes. */
export function WorkHistoryRows({ id, rows, error, onChange }: Props) {
  const t = useT();
  const p = t.casework.profile;
  const set = (key: string, change: Partial<WorkRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const { missing, badDate } = rowErrors(t.casework, error);

  return (
    <Fieldset legend={p.workHistory} error={error} id={id} tabIndex={-1}>
      <VStack gap="space-12">
        {rows.map((row, i) => (
          <RowFrame
            key={row.key}
            legend={p.row(p.workHistory, i + 1)}
            removeLabel={p.removeRow(i + 1)}
            onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            <TextField
              label={p.employer}
              value={row.employer}
              error={missing(row.employer, p.employer)}
              onChange={(e) => set(row.key, { employer: e.target.value })}
            />
            <TextField
              label={p.title}
              value={row.title}
              error={missing(row.title, p.title)}
              onChange={(e) => set(row.key, { title: e.target.value })}
            />
            <DateField
              id={`${row.key}-from`}
              label={p.from}
              description={t.casework.dateDescription}
              value={row.from}
              error={badDate(row.from, p.from)}
              onChange={(from) => set(row.key, { from })}
            />
            <DateField
              id={`${row.key}-to`}
              label={p.to}
              description={t.casework.dateDescription}
              value={row.to}
              error={badDate(row.to, p.to)}
              onChange={(to) => set(row.key, { to })}
            />
            <Textarea
              label={p.whatWorked}
              description={t.casework.optional}
              value={row.whatWorked}
              maxLength={1000}
              onChange={(e) => set(row.key, { whatWorked: e.target.value })}
            />
          </RowFrame>
        ))}
        <Button
          type="button"
          size="small"
          variant="secondary"
          icon={<PlusIcon aria-hidden />}
          className="fit-content"
          onClick={() => onChange([...rows, emptyWorkRow()])}
        >
          {p.addWork}
        </Button>
      </VStack>
    </Fieldset>
  );
}
