import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import type { ReportContent, ReportKind } from '../../../domain/guidance-report/draft.ts';
import type { ReportState } from '../../../domain/guidance-report/lifecycle.ts';
import type { GuidanceReport } from '../../../domain/guidance-report/report.ts';
import type { Schema } from '../../schema.ts';

type DeliveryStatus = GuidanceReport['deliveries'][number]['status'];

/** Which participant a report is about: asked before the policy decides on her record. */
export async function reportOwner(db: Kysely<Schema>, reportId: string): Promise<string> {
  const row = await db
    .selectFrom('guidance_report')
    .select('participant_id')
    .where('id', '=', reportId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `guidance report ${reportId} not found`);
  return row.participant_id;
}

/** The reports of a participant (or the one asked for), each with its versions, comments and deliveries. */
export async function reportsOf(
  db: Kysely<Schema>,
  participantId: string,
  reportId?: string,
): Promise<GuidanceReport[]> {
  let query = db.selectFrom('guidance_report').selectAll().where('participant_id', '=', participantId);
  if (reportId) query = query.where('id', '=', reportId);
  const reports = await query.orderBy('period_to', 'desc').orderBy('created_at', 'desc').execute();
  if (reports.length === 0) return [];
  const ids = reports.map((r) => r.id);
  const [versions, comments, deliveries] = await Promise.all([
    db
      .selectFrom('guidance_report_version as v')
      .leftJoin('app_user as u', 'u.id', 'v.recorded_by')
      .select(['v.report_id', 'v.version', 'v.state', 'v.content', 'v.recorded_at', 'u.display_name'])
      .where('v.report_id', 'in', ids)
      .orderBy('v.version')
      .execute(),
    db
      .selectFrom('guidance_report_comment')
      .selectAll()
      .where('report_id', 'in', ids)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('guidance_report_delivery')
      .selectAll()
      .where('report_id', 'in', ids)
      .orderBy('attempted_at')
      .execute(),
  ]);
  return reports.map((r) => {
    const own = versions.filter((v) => v.report_id === r.id);
    const newest = own[own.length - 1];
    if (!newest) throw new Error(`guidance report ${r.id} has no version`);
    return {
      id: r.id,
      participantId: r.participant_id,
      kind: r.kind as ReportKind,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      state: newest.state as ReportState,
      version: newest.version,
      content: newest.content as unknown as ReportContent,
      versions: own.map((v) => ({
        version: v.version,
        state: v.state as ReportState,
        recordedAt: v.recorded_at,
        recordedBy: v.display_name,
      })),
      comments: comments
        .filter((c) => c.report_id === r.id)
        .map((c) => ({ id: c.id, version: c.version, body: c.body, createdAt: c.created_at })),
      deliveries: deliveries
        .filter((d) => d.report_id === r.id)
        .map((d) => ({
          status: d.status as DeliveryStatus,
          journalpostId: d.journalpost_id,
          message: d.message,
          attemptedAt: d.attempted_at,
        })),
    };
  });
}

export async function reportOf(db: Kysely<Schema>, participantId: string, reportId: string) {
  const [report] = await reportsOf(db, participantId, reportId);
  if (!report) throw new AppError('not_found', `guidance report ${reportId} not found`);
  return report;
}
