import type { ReactNode } from 'react';
import type { JobSpecialist, Organisation } from '../api/types.ts';
import { useJobSpecialists } from '../api/use-job-specialists.ts';
import { useOrganisations } from '../api/use-organisations.ts';
import { byName } from '../forms/sort-options.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { LoadingState } from './loading-state.tsx';

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
