import { Table, Tag } from '@navikt/ds-react';
import type { BreakGlassAccess } from '../api/types.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/use-t.ts';
import { ReviewBreakGlassButton } from './review-break-glass-button.tsx';
import { TableHead } from './table-head.tsx';

interface Props {
  items: BreakGlassAccess[];
  onReviewed: () => void;
}

/** Participants appear by handle only: reviewing the reason needs no name. */
export function BreakGlassReviewTable({ items, onReviewed }: Props) {
  const { t, lang } = useI18n();
  const c = t.breakGlassReview.columns;
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.breakGlassReview.tableLabel} data-testid="break-glass-review">
        <TableHead columns={[c.openedAt, c.user, c.participant, c.reason, c.expiresAt, c.status]} />
        <Table.Body>
          {items.map((b) => (
            <Table.Row key={b.id}>
              <Table.DataCell className="nowrap">{formatDateTime(b.openedAt, lang)}</Table.DataCell>
              <Table.HeaderCell scope="row">{b.user.displayName}</Table.HeaderCell>
              <Table.DataCell>{b.participant.handle ?? t.app.none}</Table.DataCell>
              <Table.DataCell>{b.reason}</Table.DataCell>
              <Table.DataCell className="nowrap">{formatDateTime(b.expiresAt, lang)}</Table.DataCell>
              <Table.DataCell>
                {b.reviewedAt ? (
                  <Tag size="xsmall" variant="moderate" data-color="success">
                    {t.breakGlassReview.reviewed(formatDateTime(b.reviewedAt, lang))}
                  </Tag>
                ) : (
                  <ReviewBreakGlassButton access={b} onReviewed={onReviewed} />
                )}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
