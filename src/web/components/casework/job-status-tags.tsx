import { HStack, Tag } from '@navikt/ds-react';
import type { Job } from '../../api/casework-types.ts';
import { useT } from '../../i18n/use-t.ts';

/** Whether the job counts as a job start, in words (never colour alone), a planned start, wage subsidy. */
export function JobStatusTags({ job }: { job: Job }) {
  const j = useT().casework.jobs;
  return (
    <HStack gap="space-4" wrap>
      <Tag size="small" variant={job.competitive ? 'success' : 'neutral'} data-testid="job-competitive">
        {job.competitive ? j.competitive : j.notCompetitive}
      </Tag>
      {job.status === 'planned' && (
        <Tag size="small" variant="info" data-testid="job-planned">
          {j.planned}
        </Tag>
      )}
      {job.wageSubsidised && (
        <Tag size="small" variant="info" data-testid="job-wage-subsidy">
          {j.wageSubsidy}
        </Tag>
      )}
    </HStack>
  );
}
