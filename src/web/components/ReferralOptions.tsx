import type { ReactNode } from 'react';
import type { JobSpecialist, Organisation } from '../api/types.ts';
import { useJobSpecialists } from '../api/useJobSpecialists.ts';
import { useOrganisations } from '../api/useOrganisations.ts';
import { byName } from '../forms/sortOptions.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import { LoadingState } from './LoadingState.tsx';

export interface ReferralOptionLists {
  organisations: Organisation[];
  jobSpecialists: JobSpecialist[];
}

/** Loads the choices a referral form offers (sorted by name); shows loading or an error until both are there. */
export function ReferralOptions({ children }: { children: (options: ReferralOptionLists) => ReactNode }) {
  const organisations = useOrganisations();
  const jobSpecialists = useJobSpecialists();
  const error = organisations.error ?? jobSpecialists.error;
  if (error) {
    return (
      <ApiErrorAlert
        error={error}
        onRetry={() => {
          organisations.reload();
          jobSpecialists.reload();
        }}
      />
    );
  }
  if (!organisations.data || !jobSpecialists.data) return <LoadingState />;
  return children({
    organisations: byName(organisations.data.items),
    jobSpecialists: byName(jobSpecialists.data.items),
  });
}
