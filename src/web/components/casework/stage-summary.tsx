import { BodyShort, HStack, Tag, VStack } from '@navikt/ds-react';
import type { CaseworkStage } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';

function employedText(employed: boolean | null, t: ReturnType<typeof useI18n>['t']): string {
  if (employed === null) return t.casework.referral.unknown;
  return employed ? t.casework.referral.yes : t.casework.referral.no;
}

/** The current stage at a glance: stage, since when, track and priority. */
export function StageSummary({ stage }: { stage: CaseworkStage }) {
  const { t, lang } = useI18n();
  const stages = useCodeList('stages');
  const tracks = useCodeList('tracks');
  const s = t.casework.stage;
  return (
    <VStack gap="space-8">
      <HStack gap="space-8" align="center" wrap>
        <Tag variant={stage.current === 'discharged' ? 'neutral' : 'info'} data-testid="stage-current">
          {stages.label(stage.current)}
        </Tag>
        <BodyShort>{s.since(formatDate(stage.since, lang))}</BodyShort>
        {stage.track === 'ips_ung' && (
          <Tag variant="alt1" size="small" data-testid="stage-track">
            {tracks.label(stage.track)}
          </Tag>
        )}
        {stage.priority && (
          <Tag variant="warning" size="small" data-testid="stage-priority">
            {s.priority}
          </Tag>
        )}
      </HStack>
      <BodyShort size="small" className="muted">
        {[
          stage.ageAtReferral === null ? null : s.ageAtReferral(stage.ageAtReferral),
          `${s.employedAtReferral}: ${employedText(stage.employedAtReferral, t)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </BodyShort>
    </VStack>
  );
}
