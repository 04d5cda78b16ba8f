import { BodyShort, VStack } from '@navikt/ds-react';
import { useProgramme } from '../api/useProgramme.ts';
import { ApiErrorAlert } from '../components/ApiErrorAlert.tsx';
import { BreakGlassReviewSection } from '../components/BreakGlassReviewSection.tsx';
import { LegalModelForm } from '../components/LegalModelForm.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { CaseworkSettingsSection } from '../components/unit/CaseworkSettingsSection.tsx';
import { useT } from '../i18n/useT.ts';

/** For the programme manager: the legal model, the casework thresholds, and the break-the-glass accesses to review. */
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
    </VStack>
  );
}
