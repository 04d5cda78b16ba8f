import { BodyLong, HStack, Select, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useSurveyResults } from '../api/use-survey-results.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { DateField } from '../components/date-field.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LinkageTables } from '../components/surveys/linkage-tables.tsx';
import { addDays } from '../forms/ips-unit/weeks.ts';
import { todayInOslo } from '../i18n/format.ts';
import { useT } from '../i18n/use-t.ts';

/** A survey's Likert answers beside its programmes' turnover and tenure (programme level, k per cell). */
export function SurveyLinkagePage({ id }: { id: string }) {
  const t = useT().surveys.linkage;
  const results = useSurveyResults(id);
  const fieldId = useId();
  const today = todayInOslo();
  const [itemId, setItemId] = useState('');
  const [from, setFrom] = useState(addDays(today, -365));
  const [to, setTo] = useState(today);
  if (results.error) return <ApiErrorAlert error={results.error} onRetry={results.reload} />;
  if (!results.data) return <LoadingState />;
  const likert = results.data.sections.flatMap((s) => s.items).filter((i) => i.kind === 'likert');
  const chosen = itemId || likert[0]?.id || '';
  return (
    <VStack gap="space-24">
      <PageHeading>{t.title}</PageHeading>
      <BodyLong className="text-column">{t.intro(results.data.threshold)}</BodyLong>
      {likert.length === 0 ? (
        <BodyLong>{t.noLikert}</BodyLong>
      ) : (
        <>
          <HStack gap="space-16" align="end" wrap>
            <Select label={t.item} value={chosen} onChange={(e) => setItemId(e.target.value)}>
              {likert.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.text}
                </option>
              ))}
            </Select>
            <DateField
              id={`${fieldId}-from`}
              label={t.from}
              description=""
              value={from}
              onChange={setFrom}
              error={undefined}
            />
            <DateField
              id={`${fieldId}-to`}
              label={t.to}
              description=""
              value={to}
              onChange={setTo}
              error={undefined}
            />
          </HStack>
          <LinkageTables surveyId={id} query={{ itemId: chosen, from, to }} />
        </>
      )}
    </VStack>
  );
}
