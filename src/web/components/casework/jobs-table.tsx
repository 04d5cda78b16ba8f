import { BodyShort, Button, Table } from '@navikt/ds-react';
import type { Job } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { formatNumber } from './format-number.ts';
import { JobStatusTags } from './job-status-tags.tsx';

interface Props {
  jobs: Job[];
  /** Set for the record holder: ends an ongoing job. */
  onEnd?: (job: Job) => void;
  /** Set for the record holder: corrects the start or voids a job recorded by mistake. */
  onCorrect?: (job: Job) => void;
}

/** The participant's jobs, newest start first. */
export function JobsTable({ jobs, onEnd, onCorrect }: Props) {
  const c = useI18n().t.casework.corrections;
  const { t, lang } = useI18n();
  const j = t.casework.jobs;
  const types = useCodeList('employment_types');
  const reasons = useCodeList('job_end_reasons');
  const sorted = [...jobs].sort((a, b) => b.startDate.localeCompare(a.startDate));

  return (
    <div className="table-scroll">
      <Table size="small" aria-label={j.tableLabel} data-testid="jobs-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{j.employer}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{j.title}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{j.employmentType}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">
              {j.hours}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{j.period}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{j.status}</Table.HeaderCell>
            {onEnd && <Table.HeaderCell scope="col">{j.end}</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sorted.map((job) => (
            <Table.Row key={job.id} data-testid="job-row">
              <Table.HeaderCell scope="row">{job.employer.name}</Table.HeaderCell>
              <Table.DataCell>{job.title}</Table.DataCell>
              <Table.DataCell>{types.label(job.employmentType)}</Table.DataCell>
              <Table.DataCell align="right">{formatNumber(job.hoursPerWeek, lang)}</Table.DataCell>
              <Table.DataCell className="nowrap">
                {job.status === 'planned' && !job.endDate
                  ? j.startsOn(formatDate(job.startDate, lang))
                  : `${formatDate(job.startDate, lang)}–${job.endDate ? formatDate(job.endDate, lang) : j.ongoing}`}
                {job.endReason && (
                  <BodyShort size="small">{j.endReason(reasons.label(job.endReason))}</BodyShort>
                )}
              </Table.DataCell>
              <Table.DataCell>
                <JobStatusTags job={job} />
              </Table.DataCell>
              {onEnd && (
                <Table.DataCell>
                  {job.endDate === null && (
                    <Button
                      type="button"
                      size="xsmall"
                      variant="secondary"
                      aria-label={`${j.end} (${job.title}, ${job.employer.name})`}
                      onClick={() => onEnd(job)}
                    >
                      {j.end}
                    </Button>
                  )}
                  {onCorrect && (
                    <Button
                      type="button"
                      size="xsmall"
                      variant="tertiary"
                      aria-label={c.correctLabel(`${job.title}, ${job.employer.name}`)}
                      onClick={() => onCorrect(job)}
                    >
                      {c.correctAction}
                    </Button>
                  )}
                </Table.DataCell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
