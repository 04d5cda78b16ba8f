import type { OutcomeSubject } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import { addCounts, emptyCounts } from '../../../domain/outcomes/counts.ts';
import { isCutKey } from '../../../domain/outcomes/cut-keys.ts';
import { METRIC_DEFINITIONS } from '../../../domain/outcomes/definitions.ts';
import { figuresOf } from '../../../domain/outcomes/figures.ts';
import { outcomeSettingsOf } from '../../../domain/outcomes/programme-counts.ts';
import { medianOfPublished, type PublishedFigures, publishTable } from '../../../domain/outcomes/publish.ts';
import { reportPeriods } from '../../../domain/outcomes/report-period.ts';
import { checkedThreshold } from '../../../domain/outcomes/suppression.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guardedRead } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Store } from '../../store.ts';
import { countsIn, freshnessOf, programmeCounts, specialistCounts } from './summary-rows.ts';

export interface ReportQuery {
  period?: string;
  cut?: string;
  /** The smallest published count; a query may raise the configured one, never lower it. */
  threshold?: number;
  configuredThreshold: number;
}

function checkedQuery(q: ReportQuery, now: Date) {
  const periods = reportPeriods(q.period, osloToday(now));
  const cut = q.cut ?? 'all';
  if (!isCutKey(cut))
    throw AppError.validation([
      { path: 'cut', message: `cut ${cut} is not a known cut (e.g. age_band:under_30, track:ips_ung)` },
    ]);
  const threshold = Math.max(
    checkedThreshold(q.threshold ?? q.configuredThreshold, 'threshold'),
    q.configuredThreshold,
  );
  return { periods, cut, threshold };
}

/** Outcome reports at every level, each decided by the one policy and audited once. */
export class OutcomeRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** One programme's own figures per period (unsuppressed: they stay in the programme), per specialist where allowed. */
  programme(programmeId: string, q: ReportQuery, now = new Date()) {
    const { periods, cut } = checkedQuery(q, now);
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
        { period: q.period ?? null, cut },
      );
      if (denied) return denied;
      const settings = outcomeSettingsOf(programme.casework_settings);
      const [counts, own, freshness, names] = await Promise.all([
        programmeCounts(db, [programmeId], periods, cut),
        specialistCounts(db, programmeId, periods),
        freshnessOf(db, [programmeId]),
        db
          .selectFrom('app_user')
          .select(['id', 'display_name'])
          .where('programme_id', '=', programmeId)
          .execute(),
      ]);
      const nameOf = new Map(names.map((n) => [n.id, n.display_name]));
      const visible = [...own.keys()].filter(
        (id) =>
          this.caller.ask(
            { action: 'read', subject: this.subject({ level: 'specialist', programmeId, specialistId: id }) },
            now,
          ).allow,
      );
      const figures = (byPeriod: Parameters<typeof countsIn>[0]) =>
        periods.map((period) => ({
          period,
          figures: { ...figuresOf(countsIn(byPeriod, period), settings, period) },
        }));
      return {
        programme: { id: programme.id, name: programme.name, regionId: programme.region_id },
        periods,
        cut,
        freshness,
        settings: { ...settings },
        definitions: [...METRIC_DEFINITIONS],
        figures: figures(counts.get(programmeId)),
        specialists: visible
          .sort()
          .map((id) => ({ id, displayName: nameOf.get(id) ?? '', figures: figures(own.get(id)) })),
      };
    });
  }

  /** Every programme of a region side by side, suppressed, with the region's total and the national median. */
  region(regionId: string, q: ReportQuery, now = new Date()) {
    const { periods, cut, threshold } = checkedQuery(q, now);
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
        { period: q.period ?? null, cut, threshold },
      );
      if (denied) return denied;
      const all = await db
        .selectFrom('programme')
        .select(['id', 'name', 'region_id'])
        .orderBy('name')
        .execute();
      const ids = all.map((p) => p.id);
      const inRegion = all.filter((p) => p.region_id === regionId);
      const [counts, freshness] = await Promise.all([
        programmeCounts(db, ids, periods, cut),
        freshnessOf(
          db,
          inRegion.map((p) => p.id),
        ),
      ]);
      return {
        region,
        periods,
        cut,
        threshold,
        freshness,
        definitions: [...METRIC_DEFINITIONS],
        table: periods.map((period) => {
          const published = publishTable(
            inRegion.map((p) => countsIn(counts.get(p.id), period)),
            threshold,
          );
          const national = publishTable(
            all.map((p) => countsIn(counts.get(p.id), period)),
            threshold,
          );
          return {
            period,
            programmes: inRegion.map((p, i) => ({
              id: p.id,
              name: p.name,
              figures: published.rows[i] as PublishedFigures,
            })),
            region: published.total,
            nationalMedian: nationalMedian(national.rows),
          };
        }),
      };
    });
  }

  /** Every region and programme of the country, suppressed, with the national total. */
  national(q: ReportQuery, now = new Date()) {
    const { periods, cut, threshold } = checkedQuery(q, now);
    return guardedRead(this.store, async (db, sink) => {
      const denied = await this.decide(
        sink,
        { level: 'national' },
        { period: q.period ?? null, cut, threshold },
      );
      if (denied) return denied;
      const [regions, programmes] = await Promise.all([
        db.selectFrom('region').select(['id', 'name']).orderBy('id').execute(),
        db.selectFrom('programme').select(['id', 'name', 'region_id']).orderBy('name').execute(),
      ]);
      const ids = programmes.map((p) => p.id);
      const [counts, freshness] = await Promise.all([
        programmeCounts(db, ids, periods, cut),
        freshnessOf(db, ids),
      ]);
      return {
        periods,
        cut,
        threshold,
        freshness,
        definitions: [...METRIC_DEFINITIONS],
        table: periods.map((period) => {
          const of = (list: typeof programmes) => list.map((p) => countsIn(counts.get(p.id), period));
          const byProgramme = publishTable(of(programmes), threshold);
          const byRegion = publishTable(
            regions.map((r) =>
              of(programmes.filter((p) => p.region_id === r.id)).reduce(addCounts, emptyCounts()),
            ),
            threshold,
          );
          return {
            period,
            regions: regions.map((r, i) => ({
              id: r.id,
              name: r.name,
              figures: byRegion.rows[i] as PublishedFigures,
            })),
            programmes: programmes.map((p, i) => ({
              id: p.id,
              name: p.name,
              regionId: p.region_id,
              figures: byProgramme.rows[i] as PublishedFigures,
            })),
            national: byRegion.total,
            programmeMedian: nationalMedian(byProgramme.rows),
          };
        }),
      };
    });
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

function nationalMedian(rows: readonly PublishedFigures[]) {
  return {
    employmentRateUsLc: medianOfPublished(rows.map((r) => r.employmentRateUsLc)),
    employmentRateIpsGrow: medianOfPublished(rows.map((r) => r.employmentRateIpsGrow)),
    retention13: medianOfPublished(rows.map((r) => r.retention13)),
  };
}
