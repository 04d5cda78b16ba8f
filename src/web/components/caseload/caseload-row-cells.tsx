import { Table } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import type { CaseloadRow } from '../../api/caseload-types.ts';
import type { CaseloadSortKey } from '../../caseload/sort-caseload-rows.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';

export type CaseloadColumn = Exclude<CaseloadSortKey, 'name'>;

/** The sortable columns after the name, in table order. */
export const CASELOAD_COLUMNS: CaseloadColumn[] = [
  'stage',
  'daysSinceLastContact',
  'daysSinceReferral',
  'nextStep',
  'currentJob',
];

const RIGHT_ALIGNED: readonly CaseloadColumn[] = ['daysSinceLastContact', 'daysSinceReferral'];

/** What each column shows for a row: the table's cells on a desktop, a card's lines on a phone. */
export function useCaseloadValues(): (row: CaseloadRow) => Record<CaseloadColumn, ReactNode> {
  const { t, lang } = useI18n();
  const stages = useCodeList('stages');
  const employmentTypes = useCodeList('employment_types');
  const texts = t.work.caseload;
  const date = (iso: string) => formatDate(iso, lang);
  return ({ stage, daysSinceLastContact, daysSinceReferral, nextStep, currentJob }) => ({
    stage: stages.label(stage),
    daysSinceLastContact: daysSinceLastContact ?? texts.noContact,
    daysSinceReferral,
    nextStep: nextStep?.date
      ? texts.nextStepOn(nextStep.text, date(nextStep.date))
      : (nextStep?.text ?? t.app.none),
    currentJob: currentJob
      ? texts.jobSince(
          currentJob.title,
          employmentTypes.label(currentJob.employmentType),
          date(currentJob.startDate),
        )
      : t.app.none,
  });
}

/** The data cells of one caseload row, in the order of the sortable columns. */
export function CaseloadRowCells({ row }: { row: CaseloadRow }) {
  const values = useCaseloadValues()(row);
  return (
    <>
      {CASELOAD_COLUMNS.map((key) => (
        <Table.DataCell key={key} align={RIGHT_ALIGNED.includes(key) ? 'right' : undefined}>
          {values[key]}
        </Table.DataCell>
      ))}
    </>
  );
}
