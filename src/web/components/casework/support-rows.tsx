import { PlusIcon } from '@navikt/aksel-icons';
import { Button, Fieldset, TextField, VStack } from '@navikt/ds-react';
import { emptySupportRow, type SupportRow } from '../../forms/casework/support-plan-form.ts';
import { useT } from '../../i18n/use-t.ts';
import { CodeSelect } from './code-select.tsx';
import { rowErrors } from './row-errors.ts';
import { RowFrame } from './row-frame.tsx';

interface Props {
  id: string;
  rows: SupportRow[];
  error: string | undefined;
  onChange: (rows: SupportRow[]) => void;
}

/** The supports of the plan, one row each. */
export function SupportRows({ id, rows, error, onChange }: Props) {
  const t = useT();
  const f = t.casework.followAlong;
  const { missing } = rowErrors(t.casework, error);
  const set = (key: string, change: Partial<SupportRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <Fieldset legend={f.planHeading} error={error} id={id} tabIndex={-1}>
      <VStack gap="space-12">
        {rows.map((row, i) => (
          <RowFrame
            key={row.key}
            legend={f.supportRow(i + 1)}
            removeLabel={f.removeSupport(i + 1)}
            onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            <CodeSelect
              id={`${row.key}-kind`}
              list="support_kinds"
              label={f.supportKind}
              placeholder={f.chooseSupportKind}
              value={row.kind}
              error={error && !row.kind ? t.casework.validation.choose(f.supportKind) : undefined}
              onChange={(kind) => set(row.key, { kind })}
            />
            <TextField
              label={f.description}
              value={row.description}
              error={missing(row.description, f.description)}
              onChange={(e) => set(row.key, { description: e.target.value })}
            />
            <TextField
              label={f.frequency}
              description={t.casework.optional}
              value={row.frequency}
              onChange={(e) => set(row.key, { frequency: e.target.value })}
            />
          </RowFrame>
        ))}
        <Button
          type="button"
          size="small"
          variant="secondary"
          icon={<PlusIcon aria-hidden />}
          className="fit-content"
          onClick={() => onChange([...rows, emptySupportRow()])}
        >
          {f.addSupport}
        </Button>
      </VStack>
    </Fieldset>
  );
}
