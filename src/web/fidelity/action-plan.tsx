import { Button, Heading, Select, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { ActionItem, ActionStatus } from '../api/fidelity-types.ts';
import { useUpdateAction } from '../api/use-fidelity.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { ResponsiveTable } from '../components/responsive-table.tsx';
import { useT } from '../i18n/use-t.ts';
import { useFidelityText } from './use-fidelity-text.ts';

const STATUSES: readonly ActionStatus[] = ['planned', 'in_progress', 'done'];

interface Props {
  actions: readonly ActionItem[];
  /** The programme updates each action's status; everyone else reads it. */
  editable: boolean;
  onChanged: () => void;
}

/** What was agreed, who owns it, by when, and how far it has come. */
export function ActionPlan({ actions, editable, onChanged }: Props) {
  const t = useT();
  const a = t.fidelity.actions;
  const text = useFidelityText();
  return (
    <VStack as="section" gap="space-12" aria-labelledby="action-plan-heading">
      <Heading id="action-plan-heading" level="2" size="medium">
        {a.heading}
      </Heading>
      {actions.length === 0 ? (
        <p>{a.none}</p>
      ) : (
        <ResponsiveTable
          label={a.heading}
          testId="action-plan"
          items={actions}
          itemKey={(x) => x.id}
          header={{ label: a.what, value: (x) => x.what }}
          columns={[
            { label: a.owner, value: (x) => x.owner },
            { label: a.due, value: (x) => text.date(x.dueDate) },
            {
              label: a.status,
              value: (x) =>
                editable ? (
                  <StatusChoice action={x} onChanged={onChanged} />
                ) : (
                  t.fidelity.actionStatuses[x.status]
                ),
            },
          ]}
        />
      )}
    </VStack>
  );
}

function StatusChoice({ action, onChanged }: { action: ActionItem; onChanged: () => void }) {
  const t = useT();
  const a = t.fidelity.actions;
  const update = useUpdateAction(action.id);
  const [status, setStatus] = useState(action.status);
  return (
    <VStack gap="space-4" align="start">
      <Select
        label={a.statusOf(action.what)}
        hideLabel
        size="small"
        value={status}
        onChange={(e) => setStatus(e.target.value as ActionStatus)}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t.fidelity.actionStatuses[s]}
          </option>
        ))}
      </Select>
      <Button
        type="button"
        size="xsmall"
        variant="secondary"
        loading={update.pending}
        disabled={status === action.status}
        onClick={async () => {
          if ((await update.run({ status })).ok) onChanged();
        }}
      >
        {a.saveStatus}
      </Button>
      {update.error && <ApiErrorAlert error={update.error} />}
    </VStack>
  );
}
