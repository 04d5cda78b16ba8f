import type { FidelityBand, FidelitySection } from '../../../domain/fidelity/scale.ts';

/** The review report's words in bokmål: the sections, the bands and the action plan's statuses. */
export const sectionText: Record<FidelitySection, string> = {
  staffing: 'Bemanning',
  organisation: 'Organisering',
  services: 'Tjenester',
};

export const bandText: Record<FidelityBand, string> = {
  exemplary: 'svært god IPS-kvalitet',
  good: 'god IPS-kvalitet',
  fair: 'middels IPS-kvalitet',
  not_ips: 'ikke IPS',
};

export const actionStatusText = {
  planned: 'Planlagt',
  in_progress: 'Pågår',
  done: 'Fullført',
} as const;
