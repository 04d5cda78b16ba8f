import { BodyShort, Detail, VStack } from '@navikt/ds-react';
import { BENEFIT_RULE_TEXT, type BenefitRule } from '../../../domain/benefits.ts';
import type { BenefitsPlan } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { EstimateChart } from './estimate-chart.tsx';
import { formatNumber } from './format-number.ts';

/** A saved plan keeps the rules of the model version it was made with, so a rule may be unknown here. */
function isKnownRule(rule: string): rule is BenefitRule {
  return Object.hasOwn(BENEFIT_RULE_TEXT, rule);
}

/** What the work might do to each benefit, in kroner a month, with the rule behind each figure. */
export function EstimateView({ estimate }: { estimate: BenefitsPlan['effect'] }) {
  const { t, lang } = useI18n();
  const p = t.casework.plan;
  const types = useCodeList('benefit_types');
  const kr = (n: number | null) =>
    n === null ? t.casework.benefits.unknownAmount : t.casework.kroner(formatNumber(n, lang));

  return (
    <VStack gap="space-12" data-testid="benefits-estimate">
      <BodyShort weight="semibold">{p.earnings(formatNumber(estimate.monthlyEarnings, lang))}</BodyShort>
      <VStack as="ul" gap="space-8" className="plain-list">
        {estimate.benefits.map((b, i) => (
          <li key={`${b.benefit}-${i}`}>
            <BodyShort weight="semibold">{types.label(b.benefit)}</BodyShort>
            <BodyShort>{`${p.before}: ${kr(b.monthlyBefore)} · ${p.after}: ${kr(b.monthlyAfter)}`}</BodyShort>
            {isKnownRule(b.rule) && <BodyShort size="small">{BENEFIT_RULE_TEXT[b.rule][lang]}</BodyShort>}
          </li>
        ))}
      </VStack>
      <BodyShort weight="semibold" data-testid="benefits-estimate-total">
        {p.totals(
          formatNumber(estimate.monthlyTotalBefore, lang),
          formatNumber(estimate.monthlyTotalAfter, lang),
        )}
      </BodyShort>
      {estimate.unknownAmounts && <BodyShort size="small">{p.unknownAmounts}</BodyShort>}
      {estimate.benefits.length > 0 && <EstimateChart estimate={estimate} />}
      <Detail className="muted">{p.modelVersion(estimate.modelVersion)}</Detail>
    </VStack>
  );
}
