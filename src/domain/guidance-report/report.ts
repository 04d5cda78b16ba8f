import type { ReportContent, ReportKind } from './draft.ts';
import type { ReportState } from './lifecycle.ts';

/** A guidance report as its readers see it: the newest version, its history, her comments, deliveries. */
export interface GuidanceReport {
  id: string;
  participantId: string;
  kind: ReportKind;
  periodFrom: string;
  periodTo: string;
  state: ReportState;
  version: number;
  content: ReportContent;
  versions: { version: number; state: ReportState; recordedAt: Date; recordedBy: string | null }[];
  comments: { id: string; version: number; body: string; createdAt: Date }[];
  deliveries: {
    status: 'delivered' | 'rejected' | 'failed';
    journalpostId: string | null;
    message: string | null;
    attemptedAt: Date;
  }[];
}

/** What NAV's document archive is given: the final report and whose it is. */
export interface ReportForArchive {
  report: GuidanceReport;
  participant: { fnr: string; name: string };
  /** The same for every attempt to file this report, so the archive files it once. */
  externalReference: string;
}

/**
 * NAV's document archive (joark/dokarkiv). `file` answers the journal post's id, or throws an
 * AppError: archive_rejected (the archive refused the request; its message is shown), or
 * archive_unavailable / archive_timeout (worth trying again).
 */
export interface ReportArchive {
  file(delivery: ReportForArchive): Promise<{ journalpostId: string }>;
}

/** The report's reference in the archive: stable, so a retry never files it twice. */
export const externalReferenceOf = (reportId: string) => `ips-veiledningsrapport-${reportId}`;
