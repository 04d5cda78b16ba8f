import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { Box, Button, Fieldset, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import type { Keyed } from '../../forms/casework/rows.ts';

export interface RowTexts {
  legend: string;
  row: (n: number) => string;
  remove: (n: number) => string;
  add: string;
}

interface Props<R extends Keyed> {
  id: string;
  texts: RowTexts;
  rows: R[];
  /** Set when a row lacks its required parts; the rows' inputs mark those parts too. */
  error: string | undefined;
  empty: () => R;
  onChange: (rows: R[]) => void;
  /** One row's inputs; `set` changes that row. */
  children: (row: R, set: (change: Partial<R>) => void) => ReactNode;
}

/**
 * A repeatable group (work history, education, supports): rows added and removed as the
 * conversation goes, each its own fieldset, so each input is read with the row's name.
 */
export function RepeatableRows<R extends Keyed>({
  id,
  texts,
  rows,
  error,
  empty,
  onChange,
  children,
}: Props<R>) {
  const set = (key: string) => (change: Partial<R>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <Fieldset legend={texts.legend} error={error} id={id} tabIndex={-1}>
      <VStack gap="space-12">
        {rows.map((row, i) => (
          <Box key={row.key} padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
            <Fieldset legend={texts.row(i + 1)} size="small">
              <VStack gap="space-12">
                {children(row, set(row.key))}
                <Button
                  type="button"
                  size="small"
                  variant="tertiary"
                  icon={<TrashIcon aria-hidden />}
                  className="fit-content"
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                >
                  {texts.remove(i + 1)}
                </Button>
              </VStack>
            </Fieldset>
          </Box>
        ))}
        <Button
          type="button"
          size="small"
          variant="secondary"
          icon={<PlusIcon aria-hidden />}
          className="fit-content"
          onClick={() => onChange([...rows, empty()])}
        >
          {texts.add}
        </Button>
      </VStack>
    </Fieldset>
  );
}
