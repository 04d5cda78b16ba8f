import { Select } from '@navikt/ds-react';
import { useStaff } from '../../api/use-staff.ts';
import { useT } from '../../i18n/use-t.ts';
import { ApiErrorAlert } from '../api-error-alert.tsx';
import { LoadingState } from '../loading-state.tsx';
import { ContactFormFrame } from './contact-form-frame.tsx';
import { useContactForm } from './use-contact-form.ts';

type Field = 'navAdviserId' | 'clinicianId';
const FIELDS: readonly Field[] = ['navAdviserId', 'clinicianId'];
/** The role each field names, as the server checks it: the choices are the programme's staff of it. */
const ROLE_OF = { navAdviserId: 'nav_adviser', clinicianId: 'clinician' } as const;

interface Props {
  participantId: string;
  current: Record<Field, string | null>;
  onSaved: () => void;
}

/** The record holder names (or changes, or clears) her NAV adviser and clinician. */
export function StaffAssignmentForm({ participantId, current, onSaved }: Props) {
  const t = useT().day.contacts;
  const staff = useStaff();
  const form = useContactForm(participantId, FIELDS, current, onSaved);
  if (staff.error) return <ApiErrorAlert error={staff.error} onRetry={staff.reload} />;
  if (!staff.data) return <LoadingState />;
  const people = staff.data.items;
  const label: Record<Field, string> = { navAdviserId: t.navAdviser, clinicianId: t.clinician };

  return (
    <ContactFormFrame label={t.editStaff} submitLabel={t.saveStaff} savedMessage={t.saved} {...form.frame}>
      {FIELDS.map((field) => (
        <Select
          key={field}
          id={`contact-${field}`}
          label={label[field]}
          value={form.values[field]}
          error={form.errors.includes(field) ? t.badStaff : undefined}
          onChange={(e) => form.change(field, e.target.value)}
        >
          <option value="">{t.noStaff}</option>
          {people
            .filter((s) => s.role === ROLE_OF[field])
            .map((s) => (
              <option key={s.id} value={s.id}>
                {`${s.displayName} (${s.organisation})`}
              </option>
            ))}
        </Select>
      ))}
    </ContactFormFrame>
  );
}
