import type { Transaction } from 'kysely';
import type { Schema } from '../../schema.ts';

/** What the archive step did before a case's content goes. */
export type ArchiveOutcome =
  | { archived: 'no_final_report' }
  | { archived: 'delivered'; reference: string }
  | { failed: string };

/**
 * The archive step the case rule requires ("archived before removal"), in the removal's
 * transaction. A failure holds the case.
 */
export type ArchiveFinalReport = (tx: Transaction<Schema>, participantId: string) => Promise<ArchiveOutcome>;

/**
 * A finalised guidance report must already be filed in NAV's archive: its delivery is the job
 * specialist's audited step (with its retries), and no HTTP call belongs inside the erasing
 * transaction. A finalised report not yet filed holds the case until it is; a case whose reports
 * were never finalised has nothing to archive.
 */
export const finalReportsFiled: ArchiveFinalReport = async (tx, participantId) => {
  const reports = await tx
    .selectFrom('guidance_report as r')
    .innerJoin('guidance_report_version as v', (j) =>
      j.onRef('v.report_id', '=', 'r.id').on('v.state', '=', 'final'),
    )
    .leftJoin('guidance_report_delivery as d', (j) =>
      j.onRef('d.report_id', '=', 'r.id').on('d.status', '=', 'delivered'),
    )
    .select(['r.id', 'r.kind', 'd.journalpost_id'])
    .where('r.participant_id', '=', participantId)
    .execute();
  if (reports.length === 0) return { archived: 'no_final_report' };
  const unfiled = reports.filter((r) => r.journalpost_id == null);
  if (unfiled.length > 0)
    return { failed: `final_report_not_archived:${unfiled.map((r) => r.id).join(',')}` };
  const last = reports.find((r) => r.kind === 'final') ?? reports[reports.length - 1];
  return { archived: 'delivered', reference: last?.journalpost_id ?? '' };
};
