import { BodyShort, Button, HStack, Tag, VStack } from '@navikt/ds-react';
import type { ParticipantBenefit } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { formatNumber } from './format-number.ts';

interface Props {
  benefit: ParticipantBenefit;
  /** Set for the record holder while the benefit is running. */
  onEnd?: () => void;
}

/** One benefit: what, how much a month, from when and until when. */
export function BenefitItem({ benefit, onEnd }: Props) {
  const { t, lang } = useI18n();
  const b = t.casework.benefits;
  const types = useCodeList('benefit_types');
  const amount =
    benefit.monthlyAmount === null
      ? b.unknownAmount
      : t.casework.perMonth(formatNumber(benefit.monthlyAmount, lang));
  return (
    <VStack gap="space-4" as="li" data-testid="benefit-row">
      <HStack gap="space-8" align="center" wrap>
        <BodyShort weight="semibold">{types.label(benefit.benefit)}</BodyShort>
        {benefit.status === 'current' && benefit.toDate === null && (
          <Tag size="small" variant="success">
            {b.ongoing}
          </Tag>
        )}
      </HStack>
      <BodyShort>
        {`${amount} · ${formatDate(benefit.fromDate, lang)}–${benefit.toDate ? formatDate(benefit.toDate, lang) : ''}`}
      </BodyShort>
      {onEnd && (
        <Button type="button" size="small" variant="tertiary" className="fit-content" onClick={onEnd}>
          {b.end}
        </Button>
      )}
    </VStack>
  );
}
