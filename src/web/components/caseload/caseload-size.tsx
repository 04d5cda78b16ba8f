import { BodyShort, HStack, ProgressBar, Tag, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';

interface Props {
  active: number;
  max: number;
}

/** The caseload against the fidelity anchor, in words and as a bar; going over says so in a tag. */
export function CaseloadSize({ active, max }: Props) {
  const t = useT();
  const labelId = useId();
  return (
    <VStack gap="space-8" className="form-column" data-testid="caseload-size">
      <HStack gap="space-8" align="center">
        <BodyShort id={labelId}>{t.work.caseload.size(active, max)}</BodyShort>
        {active > max && (
          <Tag size="small" variant="moderate" data-color="warning">
            {t.work.caseload.overMax}
          </Tag>
        )}
      </HStack>
      <ProgressBar size="small" value={Math.min(active, max)} valueMax={max} aria-labelledby={labelId} />
    </VStack>
  );
}
