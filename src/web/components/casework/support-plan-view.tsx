import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { SupportPlan } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { Byline } from './byline.tsx';

/** The latest plan of supports: each support, what it is and how often. */
export function SupportPlanView({ plan }: { plan: SupportPlan }) {
  const { t, lang } = useI18n();
  const f = t.casework.followAlong;
  const kinds = useCodeList('support_kinds');
  return (
    <VStack gap="space-8" data-testid="support-plan-view">
      <Heading level="4" size="xsmall">
        {f.planVersion(plan.version, formatDateTime(plan.recordedAt, lang))}
      </Heading>
      <Byline person={plan.recordedBy} at={plan.recordedAt} />
      <VStack as="ul" gap="space-8" className="plain-list">
        {plan.content.supports.map((s, i) => (
          <li key={`${s.kind}-${i}`}>
            <BodyShort weight="semibold">{kinds.label(s.kind)}</BodyShort>
            <BodyShort>{s.description}</BodyShort>
            {s.frequency && <BodyShort size="small">{`${f.frequency}: ${s.frequency}`}</BodyShort>}
          </li>
        ))}
      </VStack>
      {plan.content.note && <BodyShort>{plan.content.note}</BodyShort>}
    </VStack>
  );
}
