import { ips25Organisation } from './ips25-organisation.ts';
import { ips25Services } from './ips25-services.ts';
import { ips25Staffing } from './ips25-staffing.ts';
import type { FidelityItem, FidelityScale } from './scale-types.ts';

export type {
  BandCutoff,
  FidelityBand,
  FidelityItem,
  FidelityScale,
  FidelitySection,
  FidelitySource,
  Text,
} from './scale-types.ts';
export { fidelitySections } from './scale-types.ts';

export const IPS25_2019 = 'ips25-2019';

const ips25: FidelityScale = {
  version: IPS25_2019,
  edition: {
    nb: 'IPS-kvalitetsskala (IPS-25), manualens utgave fra 2019',
    en: 'IPS Supported Employment Fidelity Scale (IPS-25), 2019 manual edition',
  },
  items: [...ips25Staffing, ...ips25Organisation, ...ips25Services],
  bands: [
    { band: 'exemplary', min: 115, max: 125 },
    { band: 'good', min: 100, max: 114 },
    { band: 'fair', min: 74, max: 99 },
    { band: 'not_ips', min: 25, max: 73 },
  ],
};

export const fidelityScales: readonly FidelityScale[] = [ips25];

export function scaleByVersion(version: string): FidelityScale | undefined {
  return fidelityScales.find((s) => s.version === version);
}

export function itemByKey(scale: FidelityScale, key: string): FidelityItem | undefined {
  return scale.items.find((i) => i.key === key);
}
