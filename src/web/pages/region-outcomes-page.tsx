import { RegionOutcomesView } from '../components/outcomes/region-outcomes-view.tsx';

/** One region's comparison, reached from the national view (a resource centre opens its own at Resultater). */
export function RegionOutcomesPage({ regionId }: { regionId: string }) {
  return <RegionOutcomesView regionId={regionId} />;
}
