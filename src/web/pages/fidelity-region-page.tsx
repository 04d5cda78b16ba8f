import { RegionFidelityView } from '../fidelity/region-fidelity-view.tsx';

/** A region's programmes, fidelity beside employment (a resource centre opens its own at Kvalitet). */
export function FidelityRegionPage({ regionId }: { regionId: string }) {
  return <RegionFidelityView regionId={regionId} />;
}
