import {
  type Agenda,
  type AgendaEntry,
  agendaUntil,
  buildAgenda,
  reportDueThisWeek,
} from '../../../domain/agenda.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { auditShown, type Grant, openSpecialistWork, workGrant } from '../../access/caseload-access.ts';
import { Denial, guardedRead } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import { loadCaseworkSettings } from '../casework/casework-settings.ts';
import {
  type AgendaParticipantRow,
  type AgendaReportRow,
  type AgendaWorkRow,
  agendaParticipantRows,
  agendaReportRows,
  agendaWorkRows,
} from './agenda-query.ts';
import { openProgrammeWork } from './programme-work.ts';

export interface SpecialistAgenda extends Agenda {
  specialist: { id: string; displayName: string };
}

/**
 * The job specialist's day: today and the week ahead across the caseload, from the dated records
 * that exist. Every participant on it is decided and audited as listed, as on the caseload page.
 */
export class AgendaRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** One specialist's agenda, for them or their supervisor. */
  of(specialistId: string): Promise<SpecialistAgenda> {
    return guardedRead(this.store, async (db, sink) => {
      const opened = await openSpecialistWork(db, sink, this.caller, specialistId);
      if (opened instanceof Denial) return opened;
      const { specialist, programmeId } = opened.work;
      const today = osloToday();
      const entries = await this.entries(db, sink, workGrant(opened, 'agenda'), {
        programmeId,
        specialistId,
        from: today,
        until: agendaUntil(today),
      });
      return { specialist, ...buildAgenda(entries, today) };
    });
  }

  /** Every specialist's agenda at once, each entry naming whose it is: the supervisor's. */
  all(): Promise<Agenda> {
    return guardedRead(this.store, async (db, sink) => {
      const opened = await openProgrammeWork(db, sink, this.caller, 'agenda_all');
      if (opened instanceof Denial) return opened;
      const today = osloToday();
      const entries = await this.entries(db, sink, opened.grant, {
        programmeId: opened.grant.target.programmeId,
        specialistId: null,
        from: today,
        until: agendaUntil(today),
      });
      return buildAgenda(entries, today);
    });
  }

  private async entries(
    db: Db,
    sink: AuditSink,
    grant: Grant,
    w: Parameters<typeof agendaParticipantRows>[1],
  ): Promise<AgendaEntry[]> {
    const [participantRows, reportRows, settings, workRows] = await Promise.all([
      agendaParticipantRows(db, w),
      agendaReportRows(db, w),
      loadCaseworkSettings(db, w.programmeId),
      agendaWorkRows(db, w),
    ]);
    const due = reportsDue(reportRows, settings.guidanceReportIntervalDays, w.from);
    const shown = await auditShown(sink, this.caller, grant, [...participantRows, ...due]);
    return [...shown.map(participantEntry), ...workRows.map(workEntry)];
  }
}

/** The guidance reports falling due in the week, as entries about their participants. */
function reportsDue(rows: readonly AgendaReportRow[], intervalDays: number, today: string) {
  return rows.flatMap(({ referral_date, last_final, ...r }): AgendaParticipantRow[] => {
    const date = reportDueThisWeek(
      { referralDate: referral_date, lastFinalPeriodTo: last_final },
      intervalDays,
      today,
    );
    return date ? [{ ...r, kind: 'report_due', date, text: '', employer: null }] : [];
  });
}

function participantEntry(r: AgendaParticipantRow): AgendaEntry {
  return {
    kind: r.kind,
    date: r.date,
    participant: { id: r.id, name: `${r.given_name} ${r.family_name}` },
    text: r.text,
    employer: r.employer,
    specialist: r.job_specialist_id ? { id: r.job_specialist_id, displayName: r.specialist_name } : null,
  };
}

function workEntry(r: AgendaWorkRow): AgendaEntry {
  return {
    kind: r.kind,
    date: r.date,
    participant: null,
    text: r.text,
    employer: r.employer,
    specialist:
      r.specialist_id && r.specialist_name ? { id: r.specialist_id, displayName: r.specialist_name } : null,
  };
}
