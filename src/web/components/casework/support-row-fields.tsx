import { TextField } from '@navikt/ds-react';
import type { SupportRow } from '../../forms/casework/support-plan-form.ts';
import { useT } from '../../i18n/use-t.ts';
import { CodeSelect } from './code-select.tsx';
import { rowErrors } from './row-errors.ts';

interface Props {
  row: SupportRow;
  set: (change: Partial<SupportRow>) => void;
  /** The group's error: once set, a row's empty required parts are marked. */
  error: string | undefined;
}

/** One support of the plan: its kind, what it is, how often. */
export function SupportRowFields({ row, set, error }: Props) {
  const t = useT();
  const f = t.casework.followAlong;
  const { missing } = rowErrors(t.casework, error);
  return (
    <>
      <CodeSelect
        id={`${row.key}-kind`}
        list="support_kinds"
        label={f.supportKind}
        placeholder={f.chooseSupportKind}
        value={row.kind}
        error={error && !row.kind ? t.casework.validation.choose(f.supportKind) : undefined}
        onChange={(kind) => set({ kind })}
      />
      <TextField
        label={f.description}
        value={row.description}
        error={missing(row.description, f.description)}
        onChange={(e) => set({ description: e.target.value })}
      />
      <TextField
        label={f.frequency}
        description={t.casework.optional}
        value={row.frequency}
        onChange={(e) => set({ frequency: e.target.value })}
      />
    </>
  );
}
