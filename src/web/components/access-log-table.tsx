import { Table, Tag } from '@navikt/ds-react';
import { legalBases, purposes, roles } from '../../domain/code-lists.ts';
import type { AccessLogEntry } from '../api/types.ts';
import { accessLogAction } from '../i18n/access-log-action.ts';
import { isForbiddenReason } from '../i18n/codes.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Messages } from '../i18n/nb.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useI18n } from '../i18n/use-t.ts';
import { TableHead } from './table-head.tsx';

function refusalText(t: Messages, reason: string): string {
  return isForbiddenReason(reason) ? t.accessLog.reasons[reason] : reason;
}

/** Who accessed the record, newest first. Refusals and break-the-glass are marked, not filtered. */
export function AccessLogTable({ items }: { items: AccessLogEntry[] }) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const c = t.accessLog.columns;
  const none = t.app.none;

  return (
    // Focusable so that a keyboard can scroll the table sideways on a narrow screen.
    <div className="table-scroll" tabIndex={0}>
      <Table size="small" aria-label={t.accessLog.tableLabel} data-testid="access-log" zebraStripes>
        <TableHead
          columns={[c.at, c.actor, c.organisation, c.role, c.action, c.purpose, c.legalBasis, c.outcome]}
        />
        <Table.Body>
          {items.map((e) => (
            <Table.Row
              key={e.id}
              className={e.breakTheGlass ? 'access-log__break-glass' : undefined}
              data-decision={e.decision}
            >
              <Table.DataCell className="nowrap">{formatDateTime(e.at, lang)}</Table.DataCell>
              <Table.HeaderCell scope="row">{e.actor.name}</Table.HeaderCell>
              <Table.DataCell>{e.actor.organisation ?? none}</Table.DataCell>
              <Table.DataCell>{e.actor.role ? label(roles, e.actor.role) : none}</Table.DataCell>
              <Table.DataCell>
                {accessLogAction(t, e)}
                {e.breakTheGlass && (
                  <>
                    {' '}
                    <Tag size="xsmall" variant="strong" data-color="danger">
                      {t.accessLog.breakGlass}
                    </Tag>
                  </>
                )}
              </Table.DataCell>
              <Table.DataCell>{label(purposes, e.purpose)}</Table.DataCell>
              <Table.DataCell>{e.legalBasis ? label(legalBases, e.legalBasis) : none}</Table.DataCell>
              <Table.DataCell>
                {e.decision === 'allow' ? (
                  t.accessLog.allowed
                ) : (
                  <>
                    <Tag size="xsmall" variant="moderate" data-color="danger">
                      {t.accessLog.denied}
                    </Tag>{' '}
                    {refusalText(t, e.reason)}
                  </>
                )}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
