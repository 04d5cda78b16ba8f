import { BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { paths } from '../api/schema.ts';
import { useRecordOfProcessing } from '../api/use-record-of-processing.ts';
import { useI18n } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { LoadingState } from './loading-state.tsx';

type Record =
  paths['/api/programme/record-of-processing']['get']['responses'][200]['content']['application/json'];

function Part({ id, title, items }: { id: string; title: string; items: string[] }) {
  return (
    <VStack as="section" aria-labelledby={id} gap="space-8">
      <Heading id={id} level="3" size="small">
        {title}
      </Heading>
      <ul className="text-column">
        {items.map((item) => (
          <li key={item}>
            <BodyShort>{item}</BodyShort>
          </li>
        ))}
      </ul>
    </VStack>
  );
}

function RecordParts({ record }: { record: Record }) {
  const { t, lang } = useI18n();
  const m = t.recordOfProcessing;
  const days = (n: number | null) => (n === null ? m.keptWhileRunning : m.days(n));
  return (
    <>
      <Part id="rop-purposes" title={m.purposes} items={record.purposes.map((p) => p.label[lang])} />
      <Part id="rop-categories" title={m.categories} items={record.categories.map((c) => c.label[lang])} />
      <Part id="rop-bases" title={m.legalBases} items={record.legalBases.map((b) => b.label[lang])} />
      <Part
        id="rop-recipients"
        title={m.recipients}
        items={record.recipients.map((r) => `${r.who[lang]}: ${r.what[lang]}`)}
      />
      <Part
        id="rop-retention"
        title={m.retention}
        items={record.retention.map(
          (r) => `${r.label[lang]} – ${days(r.days)} ${m.from(r.from[lang])}. ${r.removal[lang]}.`,
        )}
      />
    </>
  );
}

/** The record of processing for the programme lead: what the platform processes, why, for whom and how long. */
export function RecordOfProcessingSection() {
  const { t } = useI18n();
  const record = useRecordOfProcessing();
  const body = () => {
    if (record.error) return <ApiErrorAlert error={record.error} onRetry={record.reload} />;
    if (!record.data) return <LoadingState />;
    return <RecordParts record={record.data} />;
  };
  return (
    <VStack as="section" aria-labelledby="record-of-processing-heading" gap="space-16">
      <Heading id="record-of-processing-heading" level="2" size="medium">
        {t.recordOfProcessing.heading}
      </Heading>
      <BodyLong className="text-column">{t.recordOfProcessing.intro}</BodyLong>
      {body()}
    </VStack>
  );
}
