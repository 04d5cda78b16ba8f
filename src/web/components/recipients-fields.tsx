import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { Button, Fieldset, HStack, Select, VStack } from '@navikt/ds-react';
import { roles } from '../../domain/code-lists.ts';
import type { NamedRef, Role } from '../api/types.ts';
import { consentFieldId, type RecipientValues } from '../forms/consent-form.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useT } from '../i18n/use-t.ts';
import { TEAM_ROLES } from '../session/permissions.ts';

interface Props {
  recipients: RecipientValues[];
  error: string | undefined;
  organisations: NamedRef[];
  onChange: (recipients: RecipientValues[]) => void;
}

/** Whom a consent lets the record be shared with: organisations, each optionally only one role there. */
export function RecipientsFields({ recipients, error, organisations, onChange }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const f = t.consentForm;
  const set = (index: number, change: Partial<RecipientValues>) =>
    onChange(recipients.map((r, i) => (i === index ? { ...r, ...change } : r)));

  return (
    <Fieldset legend={f.recipients} error={error}>
      <VStack gap="space-16">
        {recipients.map((recipient, i) => {
          const n = i + 1;
          return (
            <Fieldset key={n} legend={f.recipient(n)} size="small" className="recipient-row">
              <HStack gap="space-16" align="end" wrap>
                <Select
                  id={i === 0 ? consentFieldId('recipients') : undefined}
                  label={f.organisation}
                  value={recipient.organisationId}
                  onChange={(event) => set(i, { organisationId: event.target.value })}
                >
                  <option value="">{f.chooseOrganisation}</option>
                  {organisations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </Select>
                <Select
                  label={f.role}
                  value={recipient.role}
                  onChange={(event) => set(i, { role: event.target.value as Role | '' })}
                >
                  <option value="">{f.anyRole}</option>
                  {TEAM_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {label(roles, role)}
                    </option>
                  ))}
                </Select>
                {recipients.length > 1 && (
                  <Button
                    type="button"
                    variant="tertiary"
                    icon={<TrashIcon title={f.removeRecipient(n)} />}
                    onClick={() => onChange(recipients.filter((_, k) => k !== i))}
                  />
                )}
              </HStack>
            </Fieldset>
          );
        })}
        <Button
          type="button"
          variant="secondary"
          size="small"
          icon={<PlusIcon aria-hidden />}
          className="fit-content"
          onClick={() => onChange([...recipients, { organisationId: '', role: '' }])}
        >
          {f.addRecipient}
        </Button>
      </VStack>
    </Fieldset>
  );
}
