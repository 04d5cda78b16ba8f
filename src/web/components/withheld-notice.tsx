import { EyeSlashIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Label, VStack } from '@navikt/ds-react';
import { isWithheldReason } from '../i18n/codes.ts';
import { useT } from '../i18n/use-t.ts';

/** Shown in place of a category the reader may not see: that it is hidden, and why, in words. */
export function WithheldNotice({ reason }: { reason: string }) {
  const t = useT();
  const known = isWithheldReason(reason);
  return (
    <Alert variant="warning" size="small" data-testid="withheld" data-reason={reason}>
      <VStack gap="space-4">
        <Label as="p">
          <EyeSlashIcon aria-hidden /> {known ? t.withheld.tags[reason] : t.withheld.other}
        </Label>
        {known && <BodyShort size="small">{t.withheld.explanations[reason]}</BodyShort>}
      </VStack>
    </Alert>
  );
}
