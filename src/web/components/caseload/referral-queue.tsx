import { BodyShort, Table, Tag, VStack } from '@navikt/ds-react';
import type { ParticipantRef, PersonRef, QueuedReferral, Reassignment } from '../../api/caseload-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { AppLink } from '../../router/app-link.tsx';
import { paths } from '../../router/routes.ts';
import { TableHead } from '../table-head.tsx';
import { ReassignControl } from './reassign-control.tsx';

interface Props {
  queue: QueuedReferral[];
  specialists: PersonRef[];
  onMoved: (participant: ParticipantRef, result: Reassignment) => void;
}

/** Referred participants waiting for a start, under-30s first (the API's order), each movable. */
export function ReferralQueue({ queue, specialists, onMoved }: Props) {
  const { t, lang } = useI18n();
  const tracks = useCodeList('tracks');
  const texts = t.work.overview;
  const columns = texts.queueColumns;
  if (queue.length === 0) return <BodyShort data-testid="referral-queue-empty">{texts.queueEmpty}</BodyShort>;
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={texts.queueLabel} data-testid="referral-queue">
        <TableHead
          columns={[
            columns.name,
            columns.referralDate,
            columns.track,
            columns.jobSpecialist,
            columns.reassign,
          ]}
        />
        <Table.Body>
          {queue.map((q) => (
            <Table.Row
              key={q.id}
              data-testid="referral-queue-row"
              data-priority={q.priority ? 'true' : undefined}
            >
              <Table.HeaderCell scope="row">
                <VStack gap="space-4" align="start">
                  <AppLink to={paths.participant(q.id)}>{q.name}</AppLink>
                  {q.priority && (
                    <Tag size="xsmall" variant="moderate" data-color="meta-purple">
                      {texts.priority}
                    </Tag>
                  )}
                </VStack>
              </Table.HeaderCell>
              <Table.DataCell>{formatDate(q.referralDate, lang)}</Table.DataCell>
              <Table.DataCell>{tracks.label(q.track)}</Table.DataCell>
              <Table.DataCell>{q.jobSpecialist?.displayName ?? texts.noSpecialist}</Table.DataCell>
              <Table.DataCell>
                <ReassignControl
                  participant={{ id: q.id, name: q.name }}
                  specialists={specialists.filter((s) => s.id !== q.jobSpecialist?.id)}
                  onMoved={onMoved}
                />
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
