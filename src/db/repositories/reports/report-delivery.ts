import { AppError } from '../../../domain/app-error.ts';
import type {
  GuidanceReport,
  ReportArchive,
  ReportForArchive,
} from '../../../domain/guidance-report/report.ts';
import type { Caller } from '../../access/caller.ts';
import { guarded } from '../../access/guard.ts';
import { writeAudit } from '../../audit/writer.ts';
import type { Store } from '../../store.ts';
import { reportOf } from './report-rows.ts';

type Outcome =
  | { status: 'delivered'; journalpostId: string }
  | { status: 'rejected' | 'failed'; error: AppError };

async function send(archive: ReportArchive, delivery: ReportForArchive): Promise<Outcome> {
  try {
    const { journalpostId } = await archive.file(delivery);
    return { status: 'delivered', journalpostId };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.code === 'archive_rejected' ? 'rejected' : 'failed', error };
  }
}

/**
 * Sends the report and records the attempt with its audit event, in one transaction after the
 * archive answered: delivered, rejected (the archive's message kept and shown) or failed (time-out
 * or no answer). The report stays final either way, and a retry sends the same external reference.
 */
export async function recordDelivery(
  store: Store,
  caller: Caller,
  delivery: ReportForArchive,
  archive: ReportArchive,
): Promise<GuidanceReport> {
  const outcome = await send(archive, delivery);
  const { report } = delivery;
  const stored = await guarded(store, async (tx) => {
    const delivered = await tx
      .selectFrom('guidance_report_delivery')
      .select('id')
      .where('report_id', '=', report.id)
      .where('status', '=', 'delivered')
      .executeTakeFirst();
    if (!delivered) {
      await tx
        .insertInto('guidance_report_delivery')
        .values({
          report_id: report.id,
          participant_id: report.participantId,
          external_reference: delivery.externalReference,
          status: outcome.status,
          journalpost_id: outcome.status === 'delivered' ? outcome.journalpostId : null,
          message: outcome.status === 'delivered' ? null : outcome.error.message.slice(0, 1000),
          attempted_by: caller.userId,
        })
        .execute();
    }
    await writeAudit(tx, caller, [
      {
        action: 'update',
        subjectType: 'guidance_report',
        subjectId: report.id,
        participantId: report.participantId,
        decision: 'allow',
        reason: `archive_${outcome.status}`,
        details: { view: 'guidance_report_delivery', externalReference: delivery.externalReference },
      },
    ]);
    return reportOf(tx, report.participantId, report.id);
  });
  if (outcome.status !== 'delivered') throw outcome.error;
  return stored;
}
