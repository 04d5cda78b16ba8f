import { ageBands, workWishes } from '../../domain/code-lists.ts';
import type { Candidate } from '../api/types.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useI18n } from '../i18n/use-t.ts';
import { ResponsiveTable } from './responsive-table.tsx';

/** The candidates raised before consent; on a phone, one card each. */
export function CandidatesTable({ items }: { items: Candidate[] }) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const c = t.candidates.columns;
  return (
    <ResponsiveTable
      label={t.candidates.tableLabel}
      testId="candidates-table"
      items={items}
      itemKey={(candidate) => candidate.id}
      header={{ label: c.handle, value: (candidate) => candidate.handle }}
      columns={[
        { label: c.ageBand, value: (candidate) => label(ageBands, candidate.ageBand) },
        { label: c.workWish, value: (candidate) => label(workWishes, candidate.workWish) },
        { label: c.note, value: (candidate) => candidate.note ?? t.app.none },
        { label: c.team, value: (candidate) => candidate.team?.name ?? t.app.none },
        { label: c.raisedBy, value: (candidate) => candidate.raisedBy },
        {
          label: c.raisedAt,
          value: (candidate) => formatDateTime(candidate.raisedAt, lang),
          className: 'nowrap',
        },
      ]}
    />
  );
}
