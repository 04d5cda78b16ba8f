import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { IPS25_2019, itemByKey, scaleByVersion } from '../../domain/fidelity/scale.ts';
import { type LiveIndicator, useLiveIndicators } from '../api/use-fidelity-indicators.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/use-t.ts';
import { AnchorScale } from './anchor-scale.tsx';
import { useIndicatorFormat } from './indicator-format.ts';
import { IndicatorRecords } from './indicator-records.tsx';

interface Props {
  programmeId: string;
  /** The programme's own staff may open the records behind a value; a reviewer sees the values only. */
  showRecords?: boolean;
}

const scale = scaleByVersion(IPS25_2019);

/**
 * The live fidelity indicators of a programme: per measurable item the value, the anchor it
 * suggests (as a small scale), the period and, for the programme's staff, the records behind it.
 * Evidence between reviews, never the rating: the panel says so.
 */
export function LiveIndicators({ programmeId, showRecords = false }: Props) {
  const { t, lang } = useI18n();
  const m = t.liveIndicators;
  const state = useLiveIndicators(programmeId);
  const body = () => {
    if (state.error) return <ApiErrorAlert error={state.error} onRetry={state.reload} />;
    if (!state.data) return <LoadingState />;
    return (
      <>
        <BodyLong className="text-column">{m.intro(formatDate(state.data.asOf, lang))}</BodyLong>
        <VStack
          as="ul"
          gap="space-8"
          aria-label={m.label}
          data-testid="live-indicators"
          className="indicator-list"
        >
          {state.data.indicators.map((i) => (
            <IndicatorItem
              key={i.itemKey}
              indicator={i}
              programmeId={programmeId}
              showRecords={showRecords}
            />
          ))}
        </VStack>
      </>
    );
  };
  return (
    <VStack as="section" aria-labelledby="live-indicators-heading" gap="space-16">
      <Heading id="live-indicators-heading" level="2" size="medium">
        {m.heading}
      </Heading>
      <Alert variant="info" size="small">
        {m.evidenceNote}
      </Alert>
      {body()}
    </VStack>
  );
}

function IndicatorItem({
  indicator: i,
  programmeId,
  showRecords,
}: { indicator: LiveIndicator } & Required<Props>) {
  const { t, lang } = useI18n();
  const m = t.liveIndicators;
  const f = useIndicatorFormat();
  const [open, setOpen] = useState(false);
  const item = scale ? itemByKey(scale, i.itemKey) : undefined;
  return (
    <Box
      as="li"
      padding="space-12"
      borderWidth="1"
      borderRadius="8"
      borderColor="neutral-subtle"
      data-item={i.itemKey}
    >
      <VStack gap="space-8">
        <HStack gap="space-16" justify="space-between" wrap>
          <VStack gap="space-4">
            <BodyShort weight="semibold">
              {item ? m.itemName(item.section, item.number, item.title[lang]) : i.itemKey}
            </BodyShort>
            <BodyShort size="small">
              {m.value}: {f.value(i)}
            </BodyShort>
            <BodyShort size="small" textColor="subtle">
              {m.period}: {f.period(i)}
            </BodyShort>
          </VStack>
          <VStack gap="space-4">
            <AnchorScale anchor={i.anchor} atMost={i.bound === 'at_most'} />
            <BodyShort size="small">
              {m.anchor}: {f.anchor(i)}
            </BodyShort>
          </VStack>
        </HStack>
        {i.bound === 'at_most' && (
          <BodyShort size="small" textColor="subtle">
            {m.atMostNote}
          </BodyShort>
        )}
        {showRecords && i.recordCount > 0 && (
          <div>
            <Button variant="tertiary" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? m.records.hide : m.records.show(i.recordCount)}
            </Button>
          </div>
        )}
        {open && <IndicatorRecords programmeId={programmeId} indicator={i} />}
      </VStack>
    </Box>
  );
}
