/** The shapes of a fidelity scale edition; the editions themselves are in scale.ts. */
export type FidelitySection = 'staffing' | 'organisation' | 'services';
export const fidelitySections: readonly FidelitySection[] = ['staffing', 'organisation', 'services'];

export interface Text {
  nb: string;
  en: string;
}

/** Where a reviewer finds the evidence for an item (the manual's "data sources"). */
export type FidelitySource = 'interview' | 'chart_review' | 'observation' | 'case_data';

export interface FidelityItem {
  /** `${section}-${number}`, e.g. `services-4`. */
  key: string;
  section: FidelitySection;
  number: number;
  title: Text;
  definition: Text;
  /** Five anchors; index 0 is rating 1, index 4 is rating 5. */
  anchors: readonly [Text, Text, Text, Text, Text];
  sources: readonly FidelitySource[];
}

export type FidelityBand = 'exemplary' | 'good' | 'fair' | 'not_ips';

export interface BandCutoff {
  band: FidelityBand;
  min: number;
  max: number;
}

/**
 * One edition of the scale. A review stores the version it was rated on, so a later edition is added
 * beside this one and never changes what an old review's ratings mean.
 */
export interface FidelityScale {
  version: string;
  edition: Text;
  items: readonly FidelityItem[];
  bands: readonly BandCutoff[];
}
