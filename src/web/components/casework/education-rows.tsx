import { PlusIcon } from '@navikt/aksel-icons';
import { Button, Checkbox, Fieldset, TextField, VStack } from '@navikt/ds-react';
import { type EducationRow, emptyEducationRow } from '../../forms/casework/career-profile-form.ts';
import { useT } from '../../i18n/use-t.ts';
import { DateField } from '../date-field.tsx';
import { rowErrors } from './row-errors.ts';
import { RowFrame } from './row-frame.tsx';

interface Props {
  id: string;
  rows: EducationRow[];
  error: string | undefined;
  onChange: (rows: EducationRow[]) => void;
}

/** Schools and programmes, one row each, completed or not. */
export function EducationRows({ id, rows, error, onChange }: Props) {
  const t = useT();
  const p = t.casework.profile;
  const set = (key: string, change: Partial<EducationRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const { missing, badDate } = rowErrors(t.casework, error);

  return (
    <Fieldset legend={p.education} error={error} id={id} tabIndex={-1}>
      <VStack gap="space-12">
        {rows.map((row, i) => (
          <RowFrame
            key={row.key}
            legend={p.row(p.education, i + 1)}
            removeLabel={p.removeRow(i + 1)}
            onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            <TextField
              label={p.school}
              value={row.school}
              error={missing(row.school, p.school)}
              onChange={(e) => set(row.key, { school: e.target.value })}
            />
            <TextField
              label={p.programme}
              value={row.programme}
              error={missing(row.programme, p.programme)}
              onChange={(e) => set(row.key, { programme: e.target.value })}
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
            <Checkbox checked={row.completed} onChange={(e) => set(row.key, { completed: e.target.checked })}>
              {p.completed}
            </Checkbox>
          </RowFrame>
        ))}
        <Button
          type="button"
          size="small"
          variant="secondary"
          icon={<PlusIcon aria-hidden />}
          className="fit-content"
          onClick={() => onChange([...rows, emptyEducationRow()])}
        >
          {p.addEducation}
        </Button>
      </VStack>
    </Fieldset>
  );
}
