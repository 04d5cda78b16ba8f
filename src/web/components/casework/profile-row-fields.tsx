import { Checkbox, Textarea, TextField } from '@navikt/ds-react';
import type { EducationRow, WorkRow } from '../../forms/casework/career-profile-form.ts';
import { useT } from '../../i18n/use-t.ts';
import { DateField } from '../date-field.tsx';
import { rowErrors } from './row-errors.ts';

interface Props<R> {
  row: R;
  set: (change: Partial<R>) => void;
  /** The group's error: once set, a row's empty required parts and bad dates are marked. */
  error: string | undefined;
}

/** An earlier job: where, as what, when, and what worked. */
export function WorkRowFields({ row, set, error }: Props<WorkRow>) {
  const t = useT();
  const p = t.casework.profile;
  const required = requiredText(row, set, rowErrors(t.casework, error).missing);
  return (
    <>
      <TextField {...required('employer', p.employer)} />
      <TextField {...required('title', p.title)} />
      <PeriodFields row={row} set={set} error={error} />
      <Textarea
        label={p.whatWorked}
        description={t.casework.optional}
        value={row.whatWorked}
        maxLength={1000}
        onChange={(e) => set({ whatWorked: e.target.value })}
      />
    </>
  );
}

/** A school or programme, completed or not. */
export function EducationRowFields({ row, set, error }: Props<EducationRow>) {
  const t = useT();
  const p = t.casework.profile;
  const required = requiredText(row, set, rowErrors(t.casework, error).missing);
  return (
    <>
      <TextField {...required('school', p.school)} />
      <TextField {...required('programme', p.programme)} />
      <PeriodFields row={row} set={set} error={error} />
      <Checkbox checked={row.completed} onChange={(e) => set({ completed: e.target.checked })}>
        {p.completed}
      </Checkbox>
    </>
  );
}

type TextPart<R> = { [K in keyof R]: R[K] extends string ? K : never }[keyof R];

/** A required text part of a row, marked once the group has an error and the part is empty. */
function requiredText<R>(
  row: R,
  set: (change: Partial<R>) => void,
  missing: (value: string, label: string) => string | undefined,
) {
  return (field: TextPart<R>, label: string) => {
    const value = String(row[field]);
    return {
      label,
      value,
      error: missing(value, label),
      onChange: (event: { target: { value: string } }) => set({ [field]: event.target.value } as Partial<R>),
    };
  };
}

type Period = { key: string; from: string; to: string };

function PeriodFields({ row, set, error }: Props<Period>) {
  const t = useT();
  const p = t.casework.profile;
  const { badDate } = rowErrors(t.casework, error);
  return (
    <>
      <DateField
        id={`${row.key}-from`}
        label={p.from}
        description={t.casework.dateDescription}
        value={row.from}
        error={badDate(row.from, p.from)}
        onChange={(from) => set({ from })}
      />
      <DateField
        id={`${row.key}-to`}
        label={p.to}
        description={t.casework.dateDescription}
        value={row.to}
        error={badDate(row.to, p.to)}
        onChange={(to) => set({ to })}
      />
    </>
  );
}
