import { FileUpload, VStack } from '@navikt/ds-react';
import { ATTACHMENT_ACCEPT, attachmentError, consentFieldId } from '../forms/consent-form.ts';
import { useT } from '../i18n/use-t.ts';

interface Props {
  file: File | null;
  /** The error from the last submit; a wrong file is told as soon as it is chosen. */
  error: string | undefined;
  onChange: (file: File | null) => void;
}

/** The scanned, signed consent form: one PDF or image, kept with the consent. */
export function ConsentAttachmentField({ file, error, onChange }: Props) {
  const t = useT();
  const fileError = file ? attachmentError(file, t) : null;

  return (
    <VStack gap="space-8">
      <FileUpload.Dropzone
        id={consentFieldId('attachment')}
        label={t.consentForm.attachment}
        description={t.consentForm.attachmentDescription}
        accept={ATTACHMENT_ACCEPT}
        multiple={false}
        error={error ?? fileError ?? undefined}
        onSelect={(files) => onChange(files[0]?.file ?? null)}
      />
      {file && <FileUpload.Item file={file} button={{ action: 'delete', onClick: () => onChange(null) }} />}
    </VStack>
  );
}
