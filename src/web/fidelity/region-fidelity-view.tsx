import { BodyLong, VStack } from '@navikt/ds-react';
import { useRegionFidelity } from '../api/use-fidelity.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';
import { useOutcomeFormat } from '../outcomes/use-outcome-format.ts';
import { RegionScatter } from './region-scatter.tsx';

/** The resource centre's programmes: each one's latest fidelity total beside its quarterly employment rate. */
export function RegionFidelityView({ regionId }: { regionId: string }) {
  const t = useT();
  const f = useOutcomeFormat();
  const region = useRegionFidelity(regionId);
  const data = region.data;
  return (
    <VStack gap="space-24">
      <PageHeading>{data ? t.fidelity.region.title(data.region.name) : t.fidelity.title}</PageHeading>
      <BodyLong className="text-column">{t.fidelity.region.intro}</BodyLong>
      {region.error && <ApiErrorAlert error={region.error} onRetry={region.reload} />}
      {!data && !region.error && <LoadingState />}
      {data && (
        <RegionScatter
          programmes={data.programmes}
          threshold={data.threshold}
          quarter={f.period(data.quarter)}
        />
      )}
    </VStack>
  );
}
