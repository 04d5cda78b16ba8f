import type { Kysely } from 'kysely';
import type { OutcomeSubject } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { UnitCounts } from '../../../domain/outcomes/counts.ts';
import { isCutKey } from '../../../domain/outcomes/cut-keys.ts';
import { METRIC_DEFINITIONS } from '../../../domain/outcomes/definitions.ts';
import { outcomeSettingsOf } from '../../../domain/outcomes/programme-counts.ts';
import type { PeriodKey } from '../../../domain/outcomes/quarters.ts';
import { reportPeriods } from '../../../domain/outcomes/report-period.ts';
import { figuresPerPeriod, nationalTable, regionTable } from '../../../domain/outcomes/reports.ts';
import { checkedThreshold } from '../../../domain/outcomes/suppression.ts';
import type { OutcomeSettings } from '../../../domain/outcomes/targets.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guardedRead } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { freshnessOf, programmeCounts, specialistCounts } from './summary-rows.ts';

export interface ReportQuery {
  /** The first and last quarter or year of the report (default: the last four quarters). */
  from?: string;
  to?: string;
  cut?: string;
  /** The smallest published count; a query may raise the configured one, never lower it. */
  threshold?: number;
  configuredThreshold: number;
  /** Set when the report is downloaded as a file: its audit event names the format. */
  format?: ExportFormat;
}

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

function formatOf(q: ReportQuery): { export?: ExportFormat } {
  return q.format ? { export: q.format } : {};
}

/** What every programme report starts from: the checked query, the programme and its settings. */
interface ProgrammeRead {
  programme: { id: string; name: string; regionId: string };
  settings: OutcomeSettings;
  periods: PeriodKey[];
  range: string | null;
  cut: string;
  threshold: number;
}

function checkedQuery(q: ReportQuery, now: Date) {
  const range = (q.from ?? q.to) ? `${q.from ?? q.to}..${q.to ?? q.from}` : undefined;
  const periods = reportPeriods(range, osloToday(now));
  const cut = q.cut ?? 'all';
  if (!isCutKey(cut))
    throw AppError.validation([
      { path: 'cut', message: `cut ${cut} is not a known cut (e.g. age_band:under_30, track:ips_ung)` },
    ]);
  const threshold = Math.max(
    checkedThreshold(q.threshold ?? q.configuredThreshold, 'threshold'),
    q.configuredThreshold,
  );
  return { periods, range: range ?? null, cut, threshold };
}

/** Outcome reports at every level, each decided by the one policy and audited once. */
export class OutcomeRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** One programme's own figures per period (unsuppressed: they stay in the programme), per specialist where allowed. */
  programme(programmeId: string, q: ReportQuery, now = new Date()) {
    return this.programmeRead(programmeId, q, now, async (db, r) => {
      const [counts, own, freshness, names] = await Promise.all([
        programmeCounts(db, [programmeId], r.periods, r.cut),
        specialistCounts(db, programmeId, r.periods),
        freshnessOf(db, [programmeId]),
        db
          .selectFrom('app_user')
          .select(['id', 'display_name'])
          .where('programme_id', '=', programmeId)
          .execute(),
      ]);
      const nameOf = new Map(names.map((n) => [n.id, n.display_name]));
      const visible = [...own.keys()].filter((id) => this.maySee(programmeId, id, now)).sort();
      return {
        programme: r.programme,
        periods: r.periods,
        cut: r.cut,
        freshness,
        settings: { ...r.settings, usLcBands: [...r.settings.usLcBands] },
        definitions: [...METRIC_DEFINITIONS],
        figures: figuresPerPeriod(counts.get(programmeId), r.periods, r.settings, 'aggregate'),
        specialists: visible.map((id) => ({
          id,
          displayName: nameOf.get(id) ?? '',
          figures: figuresPerPeriod(own.get(id), r.periods, r.settings, 'specialist'),
        })),
      };
    });
  }

  /**
   * A programme's counts per period for an export, decided and audited as the report is (the event
   * names the format). The export suppresses them: a file leaves the programme.
   */
  programmeExport(programmeId: string, q: ReportQuery, now = new Date()) {
    return this.programmeRead(programmeId, q, now, async (db, r) => {
      const [counts, freshness] = await Promise.all([
        programmeCounts(db, [programmeId], r.periods, r.cut),
        freshnessOf(db, [programmeId]),
      ]);
      const { programme, settings, periods, cut, threshold } = r;
      const byPeriod = counts.get(programmeId) ?? new Map<string, UnitCounts>();
      return { programme, settings, periods, cut, threshold, freshness, counts: byPeriod };
    });
  }

  /** Checks the query, finds the programme (404), decides and audits, then builds the answer. */
  private programmeRead<T>(
    programmeId: string,
    q: ReportQuery,
    now: Date,
    build: (db: Kysely<Schema>, r: ProgrammeRead) => Promise<T>,
  ): Promise<T> {
    const { periods, range, cut, threshold } = checkedQuery(q, now);
    return guardedRead(this.store, async (db, sink) => {
      const programme = await db
        .selectFrom('programme')
        .select(['id', 'name', 'region_id', 'casework_settings'])
        .where('id', '=', programmeId)
        .executeTakeFirst();
      if (!programme) throw new AppError('not_found', `programme ${programmeId} not found`);
      const denied = await this.decide(
        sink,
        { level: 'programme', programmeId },
        { period: range, cut, ...formatOf(q) },
      );
      if (denied) return denied;
      return build(db, {
        programme: { id: programme.id, name: programme.name, regionId: programme.region_id },
        settings: outcomeSettingsOf(programme.casework_settings),
        periods,
        range,
        cut,
        threshold,
      });
    });
  }

  /** Every programme of a region side by side, suppressed, with the region's total and the national median. */
  region(regionId: string, q: ReportQuery, now = new Date()) {
    const { periods, range, cut, threshold } = checkedQuery(q, now);
    return guardedRead(this.store, async (db, sink) => {
      const region = await db
        .selectFrom('region')
        .select(['id', 'name'])
        .where('id', '=', regionId)
        .executeTakeFirst();
      if (!region) throw new AppError('not_found', `region ${regionId} not found`);
      const denied = await this.decide(
        sink,
        { level: 'region', regionId },
        { period: range, cut, threshold, ...formatOf(q) },
      );
      if (denied) return denied;
      const { regions, programmes, counts } = await everyProgramme(db, periods, cut);
      const inRegion = programmes.filter((p) => p.regionId === regionId).map((p) => p.id);
      return {
        region,
        periods,
        cut,
        threshold,
        freshness: await freshnessOf(db, inRegion),
        definitions: [...METRIC_DEFINITIONS],
        table: regionTable(regionId, regions, programmes, counts, periods, threshold),
      };
    });
  }

  /** Every region and programme of the country, suppressed, with the national total. */
  national(q: ReportQuery, now = new Date()) {
    const { periods, range, cut, threshold } = checkedQuery(q, now);
    return guardedRead(this.store, async (db, sink) => {
      const denied = await this.decide(
        sink,
        { level: 'national' },
        { period: range, cut, threshold, ...formatOf(q) },
      );
      if (denied) return denied;
      const { regions, programmes, counts } = await everyProgramme(db, periods, cut);
      return {
        periods,
        cut,
        threshold,
        freshness: await freshnessOf(
          db,
          programmes.map((p) => p.id),
        ),
        definitions: [...METRIC_DEFINITIONS],
        table: nationalTable(regions, programmes, counts, periods, threshold),
      };
    });
  }

  /** Whether the caller may see one job specialist's own figures (not audited: part of the programme report). */
  private maySee(programmeId: string, specialistId: string, now: Date): boolean {
    const subject = this.subject({ level: 'specialist', programmeId, specialistId });
    return this.caller.ask({ action: 'read', subject }, now).allow;
  }

  private subject(
    s: Omit<OutcomeSubject, 'type' | 'programmeId'> & { programmeId?: string | null },
  ): OutcomeSubject {
    return { type: 'outcomes', programmeId: null, ...s };
  }

  /** Decides and audits one report; a Denial to throw, or nothing when allowed. */
  private async decide(
    sink: AuditSink,
    s: Omit<OutcomeSubject, 'type' | 'programmeId' | 'callerRegionId'> & { programmeId?: string },
    details: Record<string, unknown>,
  ): Promise<Denial | null> {
    const callerRegionId = s.level === 'region' ? await this.callerRegion() : null;
    const subject = this.subject({ ...s, callerRegionId });
    const decision = await authorise(
      sink,
      this.caller,
      { action: 'read', subject },
      {
        subjectType: 'outcome_report',
        subjectId: `${s.level}:${s.programmeId ?? s.regionId ?? 'national'}`,
        programmeId: s.programmeId ?? null,
        details,
      },
    );
    return decision.allow ? null : new Denial(decision.reason);
  }

  /** The region of the caller's organisation: a resource centre's. */
  private async callerRegion(): Promise<string | null> {
    if (this.caller.actor.kind !== 'user') return null;
    const row = await this.store.db
      .selectFrom('organisation')
      .select('region_id')
      .where('id', '=', this.caller.actor.organisationId)
      .executeTakeFirst();
    return row?.region_id ?? null;
  }
}

/** Every region and programme with their counts from the summary table: what the aggregate views are built from. */
async function everyProgramme(db: Kysely<Schema>, periods: readonly PeriodKey[], cut: string) {
  const [regions, rows] = await Promise.all([
    db.selectFrom('region').select(['id', 'name']).orderBy('id').execute(),
    db.selectFrom('programme').select(['id', 'name', 'region_id']).orderBy('name').execute(),
  ]);
  const programmes = rows.map((p) => ({ id: p.id, name: p.name, regionId: p.region_id }));
  const counts = await programmeCounts(
    db,
    programmes.map((p) => p.id),
    periods,
    cut,
  );
  return { regions, programmes, counts };
}
