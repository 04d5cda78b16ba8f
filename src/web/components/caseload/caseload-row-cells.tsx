import { Table } from '@navikt/ds-react';
import type { CaseloadRow } from '../../api/caseload-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';

/** The data cells of one caseload row, in the order of the sortable columns. */
export function CaseloadRowCells({ row }: { row: CaseloadRow }) {
  const { t, lang } = useI18n();
  const stages = useCodeList('stages');
  const employmentTypes = useCodeList('employment_types');
  const texts = t.work.caseload;
  const date = (iso: string) => formatDate(iso, lang);
  const { nextStep, currentJob } = row;
  return (
    <>
      <Table.DataCell>{stages.label(row.stage)}</Table.DataCell>
      <Table.DataCell align="right">{row.daysSinceLastContact ?? texts.noContact}</Table.DataCell>
      <Table.DataCell align="right">{row.daysSinceReferral}</Table.DataCell>
      <Table.DataCell>
        {nextStep?.date
          ? texts.nextStepOn(nextStep.text, date(nextStep.date))
          : (nextStep?.text ?? t.app.none)}
      </Table.DataCell>
      <Table.DataCell>
        {currentJob
          ? texts.jobSince(
              currentJob.title,
              employmentTypes.label(currentJob.employmentType),
              date(currentJob.startDate),
            )
          : t.app.none}
      </Table.DataCell>
    </>
  );
}
