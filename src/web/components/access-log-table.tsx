import { Table, Tag } from '@navikt/ds-react';
import { legalBases, purposes, roles } from '../../domain/code-lists.ts';
import type { AccessLogEntry } from '../api/types.ts';
import { accessLogAction } from '../i18n/access-log-action.ts';
import { isForbiddenReason } from '../i18n/codes.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Messages } from '../i18n/nb.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useI18n } from '../i18n/use-t.ts';
import { useNarrow } from '../layout/use-narrow.ts';
import { CardList } from './card-list.tsx';
import { TableHead } from './table-head.tsx';

function refusalText(t: Messages, reason: string): string {
  return isForbiddenReason(reason) ? t.accessLog.reasons[reason] : reason;
}

/** What each column shows for an entry: the table's cells on a desktop, a card's lines on a phone. */
function useEntryValues() {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const none = t.app.none;
  return (e: AccessLogEntry) => ({
    at: formatDateTime(e.at, lang),
    organisation: e.actor.organisation ?? none,
    role: e.actor.role ? label(roles, e.actor.role) : none,
    action: (
      <>
        {accessLogAction(t, e)}
        {e.breakTheGlass && (
          <>
            {' '}
            <Tag size="xsmall" variant="strong" data-color="danger">
              {t.accessLog.breakGlass}
            </Tag>
          </>
        )}
        {e.protectedIdentity && (
          <>
            {' '}
            <Tag size="xsmall" variant="moderate" data-color="warning">
              {t.accessLog.protectedIdentity}
            </Tag>
          </>
        )}
      </>
    ),
    purpose: label(purposes, e.purpose),
    legalBasis: e.legalBasis ? label(legalBases, e.legalBasis) : none,
    outcome:
      e.decision === 'allow' ? (
        t.accessLog.allowed
      ) : (
        <>
          <Tag size="xsmall" variant="moderate" data-color="danger">
            {t.accessLog.denied}
          </Tag>{' '}
          {refusalText(t, e.reason)}
        </>
      ),
  });
}

const rowProps = (e: AccessLogEntry) => ({
  className: e.breakTheGlass ? 'access-log__break-glass' : undefined,
  'data-decision': e.decision,
});

/** Who accessed the record, newest first. Refusals and break-the-glass are marked, not filtered. */
export function AccessLogTable({ items }: { items: AccessLogEntry[] }) {
  const { t } = useI18n();
  const narrow = useNarrow();
  const values = useEntryValues();
  const c = t.accessLog.columns;

  if (narrow)
    return (
      <CardList
        label={t.accessLog.tableLabel}
        testId="access-log"
        items={items}
        itemKey={(e) => String(e.id)}
        title={(e) => e.actor.name}
        fields={(e) => {
          const v = values(e);
          return [
            { label: c.at, value: v.at },
            { label: c.organisation, value: v.organisation },
            { label: c.role, value: v.role },
            { label: c.action, value: v.action },
            { label: c.purpose, value: v.purpose },
            { label: c.legalBasis, value: v.legalBasis },
            { label: c.outcome, value: v.outcome },
          ];
        }}
        itemProps={rowProps}
      />
    );

  return (
    // Focusable so that a keyboard can scroll the table sideways on a screen between phone and desktop.
    <div className="table-scroll" tabIndex={0}>
      <Table size="small" aria-label={t.accessLog.tableLabel} data-testid="access-log" zebraStripes>
        <TableHead
          columns={[c.at, c.actor, c.organisation, c.role, c.action, c.purpose, c.legalBasis, c.outcome]}
        />
        <Table.Body>
          {items.map((e) => {
            const v = values(e);
            return (
              <Table.Row key={e.id} {...rowProps(e)}>
                <Table.DataCell className="nowrap">{v.at}</Table.DataCell>
                <Table.HeaderCell scope="row">{e.actor.name}</Table.HeaderCell>
                <Table.DataCell>{v.organisation}</Table.DataCell>
                <Table.DataCell>{v.role}</Table.DataCell>
                <Table.DataCell>{v.action}</Table.DataCell>
                <Table.DataCell>{v.purpose}</Table.DataCell>
                <Table.DataCell>{v.legalBasis}</Table.DataCell>
                <Table.DataCell>{v.outcome}</Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
