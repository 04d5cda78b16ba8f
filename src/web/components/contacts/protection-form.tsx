import { Select } from '@navikt/ds-react';
import { protections } from '../../../domain/code-lists.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';
import { useT } from '../../i18n/use-t.ts';
import { ContactFormFrame } from './contact-form-frame.tsx';
import { useContactForm } from './use-contact-form.ts';

const FIELDS = ['protection'] as const;

interface Props {
  participantId: string;
  current: { protection: string | null };
  onSaved: () => void;
}

/** The record holder records her protection (kode 6/7, skjerming); saving it removes her address. */
export function ProtectionForm({ participantId, current, onSaved }: Props) {
  const t = useT().day.contacts;
  const label = useCodeLabel();
  const form = useContactForm(participantId, FIELDS, current, onSaved);
  return (
    <ContactFormFrame
      label={t.editProtection}
      submitLabel={t.saveProtection}
      savedMessage={t.saved}
      {...form.frame}
    >
      <Select
        id="contact-protection"
        label={t.protection}
        description={t.protectionHelp}
        value={form.values.protection}
        onChange={(e) => form.change('protection', e.target.value)}
      >
        <option value="">{t.noProtection}</option>
        {protections.codes.map((code) => (
          <option key={code} value={code}>
            {label(protections, code)}
          </option>
        ))}
      </Select>
    </ContactFormFrame>
  );
}
