import type { ReactNode } from 'react';
import type { JobSpecialist, Organisation } from '../api/types.ts';
import { useJobSpecialists } from '../api/use-job-specialists.ts';
import { useOrganisations } from '../api/use-organisations.ts';
import { byName } from '../forms/sort-options.ts';
import { AllLoaded } from './all-loaded.tsx';

export interface ReferralOptionLists {
  organisations: Organisation[];
  jobSpecialists: JobSpecialist[];
}

/** Loads the choices a referral form offers (sorted by name); shows loading or an error until both are there. */
export function ReferralOptions({ children }: { children: (options: ReferralOptionLists) => ReactNode }) {
  const organisations = useOrganisations();
  const jobSpecialists = useJobSpecialists();
  return (
    <AllLoaded queries={[organisations, jobSpecialists]}>
      {(orgs, specialists) =>
        children({ organisations: byName(orgs.items), jobSpecialists: byName(specialists.items) })
      }
    </AllLoaded>
  );
}
