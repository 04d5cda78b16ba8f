import type { Transaction } from 'kysely';
import { osloToday } from '../../../domain/participant.ts';
import { caseVerdict, type HoldReason, retentionRules } from '../../../domain/retention.ts';
import { lockParticipant } from '../../access/participant-facts.ts';
import { writeAudit } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';
import { eraseParticipantData } from '../../repositories/rights/participant-data-rows.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import type { ArchiveFinalReport, ArchiveOutcome } from './archive.ts';
import { RETENTION, type RetentionItem } from './timed-records.ts';

export interface HeldCase extends RetentionItem {
  reason: HoldReason;
  detail?: string;
}

export interface CaseRun {
  removed: RetentionItem[];
  held: HeldCase[];
}

/** The discharged cases not yet erased: the only ones the case rule can reach. */
function dischargedCases(db: Db) {
  return db
    .selectFrom('participant')
    .select(['id', 'programme_id', 'stage_since', 'restricted_at', 'erased_at', 'stage'])
    .where('stage', '=', 'discharged')
    .where('erased_at', 'is', null);
}

type CaseRow = Awaited<ReturnType<ReturnType<typeof dischargedCases>['execute']>>[number];

function verdictOf(row: CaseRow, today: string) {
  return caseVerdict(
    {
      dischargedOn: row.stage === 'discharged' ? row.stage_since : null,
      restricted: row.restricted_at !== null,
      erased: row.erased_at !== null,
    },
    today,
  );
}

const itemOf = (row: CaseRow): RetentionItem => ({
  rule: 'case',
  subjectType: 'participant',
  subjectId: row.id,
  programmeId: row.programme_id,
  since: row.stage_since,
});

/**
 * The case rule: a year after discharge her case's content is erased exactly as an Art. 17 erasure
 * erases it (the tombstone and the access log stay), each case in its own transaction with its
 * final report archived first. A restricted case is held and listed with the reason.
 */
export async function runCaseRule(
  store: Store,
  { now, dryRun, archive }: { now: Date; dryRun: boolean; archive: ArchiveFinalReport },
): Promise<CaseRun> {
  const today = osloToday(now);
  const out: CaseRun = { removed: [], held: [] };
  for (const row of await dischargedCases(store.db).orderBy('stage_since').execute()) {
    const verdict = verdictOf(row, today);
    if (verdict === 'keep') continue;
    if (verdict !== 'remove') out.held.push({ ...itemOf(row), reason: verdict.hold });
    else if (dryRun) out.removed.push(itemOf(row));
    else {
      const done = await store.transact((tx) => removeCase(tx, row.id, now, today, archive));
      if (done === 'removed') out.removed.push(itemOf(row));
      else if (done !== 'changed') out.held.push({ ...itemOf(row), ...done });
    }
  }
  return out;
}

/** Removes one case under its lock, if it is still due; the archive step comes first. */
async function removeCase(
  tx: Transaction<Schema>,
  id: string,
  now: Date,
  today: string,
  archive: ArchiveFinalReport,
): Promise<'removed' | 'changed' | { reason: HoldReason; detail: string }> {
  await lockParticipant(tx, id);
  const row = await dischargedCases(tx).where('id', '=', id).executeTakeFirst();
  if (!row || verdictOf(row, today) !== 'remove') return 'changed';
  const archived: ArchiveOutcome = await archive(tx, id);
  if ('failed' in archived) return { reason: 'archive_failed', detail: archived.failed };
  await eraseParticipantData(tx, id, now);
  await writeAudit(tx, RETENTION, [
    {
      action: 'erase',
      subjectType: 'participant',
      subjectId: id,
      participantId: id,
      programmeId: row.programme_id,
      decision: 'allow',
      reason: 'retention_expired',
      legalBasis: 'system_operation',
      details: {
        rule: 'case',
        dischargedOn: row.stage_since,
        keptDays: retentionRules.case.days,
        erasedAt: now.toISOString(),
        ...archived,
      },
    },
  ]);
  return 'removed';
}
