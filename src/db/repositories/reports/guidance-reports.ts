import { AppError } from '../../../domain/app-error.ts';
import { draftReport, type ReportKind, type ReportSection } from '../../../domain/guidance-report/draft.ts';
import {
  nextPeriod,
  nextReportDue,
  type ReportStep,
  stepConflict,
} from '../../../domain/guidance-report/lifecycle.ts';
import {
  externalReferenceOf,
  type GuidanceReport,
  type ReportArchive,
  type ReportForArchive,
} from '../../../domain/guidance-report/report.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { type CaseworkTx, caseworkWrite, rejectIf } from '../../access/casework-write.ts';
import { Denial, guarded, guardedRead } from '../../access/guard.ts';
import { lockParticipant } from '../../access/participant-facts.ts';
import { gateParticipant } from '../../access/participant-gate.ts';
import type { Store } from '../../store.ts';
import { loadCaseworkSettings } from '../casework/casework-settings.ts';
import { recordDelivery } from './report-delivery.ts';
import { reportRecordsOf } from './report-records.ts';
import { reportOf, reportOwner, reportsOf } from './report-rows.ts';
import { visibleTo } from './report-visibility.ts';

export interface ReportList {
  reports: GuidanceReport[];
  nextDue: string;
  /** The period a new report would cover: from the day after the newest report's, up to today. */
  nextPeriod: { from: string; to: string };
}

export interface NewReport {
  kind: ReportKind;
  periodFrom: string;
  periodTo: string;
}

/** Guidance reports: job-plan information, written by the record holders, commented on by her. */
export class GuidanceReportRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** The reports the caller may see, and when the next one is due. */
  list(participantId: string): Promise<ReportList> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.caller, 'read', participantId, {
        category: 'job_plan',
        details: { view: 'guidance_reports' },
      });
      if (gate instanceof Denial) return gate;
      const reports = (await reportsOf(db, participantId)).filter(visibleTo(gate.decision.reason));
      const settings = await loadCaseworkSettings(db, gate.row.programme_id);
      const last = reports.find((r) => r.state === 'final')?.periodTo ?? null;
      const nextDue = nextReportDue(last, gate.row.referral_date, settings.guidanceReportIntervalDays);
      return { reports, nextDue, nextPeriod: nextPeriod(reports, gate.row.referral_date, osloToday()) };
    });
  }

  /** One report with whose it is, for its PDF; read as the report list is. */
  document(reportId: string): Promise<ReportForArchive> {
    return guardedRead(this.store, async (db, sink) => {
      const participantId = await reportOwner(db, reportId);
      const gate = await gateParticipant(db, sink, this.caller, 'read', participantId, {
        category: 'job_plan',
        details: { view: 'guidance_report_pdf', reportId },
      });
      if (gate instanceof Denial) return gate;
      const report = await reportOf(db, participantId, reportId);
      if (!visibleTo(gate.decision.reason)(report))
        throw new AppError('not_found', `guidance report ${reportId} not found`);
      const name = `${gate.row.given_name} ${gate.row.family_name}`;
      return {
        report,
        participant: { fnr: gate.row.fnr ?? '', name },
        externalReference: externalReferenceOf(reportId),
      };
    });
  }

  /** A new report over a period, drafted from the period's records. */
  draft(participantId: string, input: NewReport): Promise<GuidanceReport> {
    const ask = {
      participantId,
      action: 'record_casework',
      category: 'job_plan',
      view: 'guidance_report',
    } as const;
    return caseworkWrite(this.store, this.caller, { ...ask, details: { step: 'draft' } }, async (w) => {
      rejectIf([
        ...(input.periodFrom > input.periodTo
          ? [{ path: 'periodTo', message: 'periodTo must not be before periodFrom' }]
          : []),
        ...(input.periodTo > w.today
          ? [{ path: 'periodTo', message: 'periodTo must not be in the future' }]
          : []),
      ]);
      const content = draftReport(await reportRecordsOf(w.tx, participantId), {
        from: input.periodFrom,
        to: input.periodTo,
      });
      const { id } = await w.tx
        .insertInto('guidance_report')
        .values({
          participant_id: participantId,
          kind: input.kind,
          period_from: input.periodFrom,
          period_to: input.periodTo,
          created_by: w.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await addVersion(w, { id, version: 0 }, 'draft', content);
      return reportOf(w.tx, participantId, id);
    });
  }

  /** The job specialist's text, section by section; the state stays as it was. */
  edit(reportId: string, sections: Partial<Record<ReportSection, string>>): Promise<GuidanceReport> {
    return this.step(reportId, 'edit', (w, r) =>
      addVersion(w, r, r.state, { ...r.content, sections: { ...r.content.sections, ...sections } }),
    );
  }

  /** Shown to the participant on Min side, where she may comment. */
  share(reportId: string): Promise<GuidanceReport> {
    return this.step(reportId, 'share', (w, r) => addVersion(w, r, 'shared', r.content));
  }

  finalise(reportId: string): Promise<GuidanceReport> {
    return this.step(reportId, 'finalise', (w, r) => addVersion(w, r, 'final', r.content));
  }

  /** The participant's comment on a report shared with her: hers alone. */
  async comment(reportId: string, body: string): Promise<GuidanceReport> {
    const participantId = await reportOwner(this.store.db, reportId);
    return guarded(this.store, async (tx) => {
      await lockParticipant(tx, participantId);
      const gate = await gateParticipant(tx, tx, this.caller, 'respond', participantId, {
        details: { view: 'guidance_report_comment', reportId },
      });
      if (gate instanceof Denial) return gate;
      const report = await reportOf(tx, participantId, reportId);
      const conflict = stepConflict(report.state, 'comment');
      if (conflict) throw conflict;
      await tx
        .insertInto('guidance_report_comment')
        .values({ report_id: reportId, participant_id: participantId, version: report.version, body })
        .execute();
      return reportOf(tx, participantId, reportId);
    });
  }

  /**
   * Files the final report in NAV's archive. The decision is audited before anything leaves; the
   * outcome is recorded whatever the archive answers, and a refusal or time-out is then thrown.
   */
  async deliver(reportId: string, archive: ReportArchive | null): Promise<GuidanceReport> {
    if (!archive)
      throw new AppError(
        'archive_not_configured',
        'NAV’s document archive is not configured (IPS_NAV_ARCHIVE_URL)',
      );
    const participantId = await reportOwner(this.store.db, reportId);
    const ask = {
      participantId,
      action: 'record_casework',
      category: 'job_plan',
      view: 'guidance_report',
    } as const;
    const delivery = await caseworkWrite(
      this.store,
      this.caller,
      { ...ask, details: { step: 'deliver', reportId } },
      async (w) => {
        const report = await reportOf(w.tx, participantId, reportId);
        const conflict = stepConflict(report.state, 'deliver');
        if (conflict) throw conflict;
        const name = `${w.participant.given_name} ${w.participant.family_name}`;
        return {
          report,
          participant: { fnr: w.participant.fnr ?? '', name },
          externalReference: externalReferenceOf(reportId),
        };
      },
    );
    if (delivery.report.deliveries.some((d) => d.status === 'delivered')) return delivery.report;
    return recordDelivery(this.store, this.caller, delivery, archive);
  }

  private async step(
    reportId: string,
    step: ReportStep,
    change: (w: CaseworkTx, report: GuidanceReport) => Promise<void>,
  ): Promise<GuidanceReport> {
    const participantId = await reportOwner(this.store.db, reportId);
    const ask = {
      participantId,
      action: 'record_casework',
      category: 'job_plan',
      view: 'guidance_report',
    } as const;
    return caseworkWrite(this.store, this.caller, { ...ask, details: { step, reportId } }, async (w) => {
      const report = await reportOf(w.tx, participantId, reportId);
      const conflict = stepConflict(report.state, step);
      if (conflict) throw conflict;
      await change(w, report);
      return reportOf(w.tx, participantId, reportId);
    });
  }
}

async function addVersion(
  w: CaseworkTx,
  report: Pick<GuidanceReport, 'id' | 'version'>,
  state: GuidanceReport['state'],
  content: GuidanceReport['content'],
) {
  await w.tx
    .insertInto('guidance_report_version')
    .values({
      report_id: report.id,
      version: report.version + 1,
      state,
      content: JSON.stringify(content),
      recorded_by: w.userId,
    })
    .execute();
}
