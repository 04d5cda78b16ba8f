import type { Transaction } from 'kysely';
import type { Schema } from '../../schema.ts';

/** What the archive step did before a case's content goes. */
export type ArchiveOutcome =
  | { archived: 'no_final_report' }
  | { archived: 'delivered'; reference: string }
  | { failed: string };

/**
 * The archive step the case rule requires ("archived before removal"): delivers the case's final
 * guidance report to NAV's document archive, in the removal's transaction. A failure holds the case.
 */
export type ArchiveFinalReport = (tx: Transaction<Schema>, participantId: string) => Promise<ArchiveOutcome>;

/** Until final guidance reports exist on the platform, no case has one to archive. */
export const noFinalReports: ArchiveFinalReport = async () => ({ archived: 'no_final_report' });
