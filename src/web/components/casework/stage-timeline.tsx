import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { StageTransition } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { chronological } from '../../forms/casework/stage-form.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { Byline } from './byline.tsx';

/** The dated stage changes, newest first, as an ordered list a screen reader announces as one. */
export function StageTimeline({ transitions }: { transitions: StageTransition[] }) {
  const { t, lang } = useI18n();
  const stages = useCodeList('stages');
  const reasons = useCodeList('discharge_reasons');
  const s = t.casework.stage;
  const newestFirst = chronological(transitions).reverse();
  return (
    <VStack gap="space-8" as="section" aria-labelledby="stage-timeline-heading">
      <Heading id="stage-timeline-heading" level="3" size="small">
        {s.timelineHeading}
      </Heading>
      {newestFirst.length === 0 ? (
        <BodyShort className="muted">{s.timelineEmpty}</BodyShort>
      ) : (
        <ol reversed data-testid="stage-timeline">
          {newestFirst.map((tr) => (
            <li key={tr.id}>
              <BodyShort weight="semibold">
                {formatDate(tr.effectiveDate, lang)}: {stages.label(tr.stage)}
              </BodyShort>
              {tr.dischargeReason && (
                <BodyShort>{s.dischargeReason(reasons.label(tr.dischargeReason))}</BodyShort>
              )}
              {tr.note && <BodyShort>{tr.note}</BodyShort>}
              <Byline person={tr.recordedBy} at={tr.recordedAt} />
            </li>
          ))}
        </ol>
      )}
    </VStack>
  );
}
