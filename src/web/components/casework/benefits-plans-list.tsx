import { BodyShort, Heading, ReadMore, VStack } from '@navikt/ds-react';
import type { BenefitsPlan } from '../../api/casework-types.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { EstimateView } from './estimate-view.tsx';
import { formatNumber } from './format-number.ts';

/** Saved plans, newest first: the date, the work planned, and the estimate as it was then. */
export function BenefitsPlansList({ plans }: { plans: BenefitsPlan[] }) {
  const { t, lang } = useI18n();
  const p = t.casework.plan;
  const sorted = [...plans].sort(
    (a, b) => b.planDate.localeCompare(a.planDate) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return (
    <VStack gap="space-12" as="section" aria-labelledby="plans-heading">
      <Heading id="plans-heading" level="3" size="small">
        {p.earlier}
      </Heading>
      {sorted.length === 0 ? (
        <BodyShort className="muted">{p.earlierEmpty}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-12" className="plain-list">
          {sorted.map((plan) => (
            <li key={plan.id} data-testid="benefits-plan-row">
              <BodyShort weight="semibold">
                {`${formatDate(plan.planDate, lang)}: ${p.planSummary(formatNumber(plan.hoursPerWeek, lang), formatNumber(plan.hourlyWage, lang))}`}
              </BodyShort>
              <BodyShort>
                {p.totals(
                  formatNumber(plan.effect.monthlyTotalBefore, lang),
                  formatNumber(plan.effect.monthlyTotalAfter, lang),
                )}
              </BodyShort>
              {plan.note && <BodyShort>{plan.note}</BodyShort>}
              <ReadMore header={p.rule} size="small">
                <EstimateView estimate={plan.effect} />
              </ReadMore>
            </li>
          ))}
        </VStack>
      )}
    </VStack>
  );
}
