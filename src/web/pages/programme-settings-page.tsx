import { BodyShort, VStack } from '@navikt/ds-react';
import { useProgramme } from '../api/use-programme.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { BreakGlassReviewSection } from '../components/break-glass-review-section.tsx';
import { CaseworkSettingsSection } from '../components/ips-unit/casework-settings-section.tsx';
import { LegalModelForm } from '../components/legal-model-form.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { RecordOfProcessingSection } from '../components/record-of-processing-section.tsx';
import { StewardExtractsSection } from '../components/research/steward-extracts-section.tsx';
import { useT } from '../i18n/use-t.ts';

/**
 * For the programme manager: the legal model, the casework thresholds, the break-the-glass accesses
 * to review, the record of processing, and the research extracts she is data steward of.
 */
export function ProgrammeSettingsPage() {
  const t = useT();
  const programme = useProgramme();

  const body = () => {
    if (programme.error) return <ApiErrorAlert error={programme.error} onRetry={programme.reload} />;
    if (!programme.data) return <LoadingState />;
    const { data } = programme;
    return (
      <>
        <VStack gap="space-4">
          <BodyShort weight="semibold">{data.name}</BodyShort>
          {data.hostOrganisation && <BodyShort>{t.programme.host(data.hostOrganisation.name)}</BodyShort>}
        </VStack>
        <LegalModelForm programme={data} onSaved={programme.setData} />
      </>
    );
  };

  return (
    <VStack gap="space-40">
      <VStack gap="space-16">
        <PageHeading>{t.programme.title}</PageHeading>
        {body()}
      </VStack>
      <CaseworkSettingsSection />
      <BreakGlassReviewSection />
      <RecordOfProcessingSection />
      <StewardExtractsSection />
    </VStack>
  );
}
