// The outcome figures computed straight from the casework records, as if there were no summary
// tables: what the outcomes bench times beside the repository, and checks the summary rows against.
import { deepStrictEqual } from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { loadProgrammeRecords } from '../../src/db/repositories/outcomes/load-histories.ts';
import type { Schema } from '../../src/db/schema.ts';
import { countUnit } from '../../src/domain/outcomes/count-unit.ts';
import type { UnitCounts } from '../../src/domain/outcomes/counts.ts';
import {
  countProgramme,
  outcomeSettingsOf,
  type ProgrammeRecords,
} from '../../src/domain/outcomes/programme-counts.ts';
import type { PeriodKey } from '../../src/domain/outcomes/quarters.ts';
import { figuresPerPeriod, nationalTable, type PeriodFigures } from '../../src/domain/outcomes/reports.ts';
import type { OutcomeSettings } from '../../src/domain/outcomes/targets.ts';

type Db = Kysely<Schema>;

/** The programme with the most participants, with a programme manager of it to read as. */
export async function largestProgramme(db: Db) {
  const row = await db
    .selectFrom('programme as g')
    .innerJoin('participant as p', 'p.programme_id', 'g.id')
    .innerJoin('app_user as u', (j) =>
      j.onRef('u.programme_id', '=', 'g.id').on('u.role', '=', 'programme_manager'),
    )
    .select(['g.id', 'g.name', 'u.id as managerId', 'u.organisation_id as organisationId'])
    .select((eb) => eb.fn.count<string>('p.id').distinct().as('participants'))
    .groupBy(['g.id', 'g.name', 'u.id', 'u.organisation_id'])
    .orderBy('participants', 'desc')
    .orderBy('g.id')
    .executeTakeFirstOrThrow();
  return { ...row, participants: Number(row.participants) };
}

async function settingsOf(db: Db, programmeId: string): Promise<OutcomeSettings> {
  const row = await db
    .selectFrom('programme')
    .select('casework_settings')
    .where('id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return outcomeSettingsOf(row.casework_settings);
}

/** A unit's counts per period, whole programme (cut "all") or one specialist's share of it. */
function countsPerPeriod(
  records: ProgrammeRecords,
  periods: readonly PeriodKey[],
  settings: OutcomeSettings,
  asOf: string,
): Map<string, UnitCounts> {
  const options = { asOf, specialists: records.specialists };
  return new Map(
    periods.map((p) => [p, countUnit(records.histories, records.activity, p, settings, options)]),
  );
}

function ofSpecialist(records: ProgrammeRecords, id: string): ProgrammeRecords {
  return {
    histories: records.histories.filter((h) => h.jobSpecialistId === id),
    activity: records.activity.filter((a) => a.userId === id),
    specialists: records.specialists.filter((s) => s.userId === id),
  };
}

export interface Dashboard {
  figures: PeriodFigures[];
  specialists: { id: string; figures: PeriodFigures[] }[];
}

/** One programme's dashboard figures (the programme and each of its specialists) from its records. */
export async function rawDashboard(
  db: Db,
  programmeId: string,
  periods: readonly PeriodKey[],
  asOf: string,
): Promise<Dashboard> {
  const [records, settings] = await Promise.all([
    loadProgrammeRecords(db, programmeId),
    settingsOf(db, programmeId),
  ]);
  const ids = new Set<string>();
  for (const h of records.histories) if (h.jobSpecialistId) ids.add(h.jobSpecialistId);
  for (const s of records.specialists) ids.add(s.userId);
  for (const a of records.activity) ids.add(a.userId);
  return {
    figures: figuresPerPeriod(
      countsPerPeriod(records, periods, settings, asOf),
      periods,
      settings,
      'aggregate',
    ),
    specialists: [...ids].sort().map((id) => ({
      id,
      figures: figuresPerPeriod(
        countsPerPeriod(ofSpecialist(records, id), periods, settings, asOf),
        periods,
        settings,
        'specialist',
      ),
    })),
  };
}

/** The national table of every programme from every programme's records, one programme at a time. */
export async function rawNational(db: Db, periods: readonly PeriodKey[], asOf: string, threshold: number) {
  const [regions, rows] = await Promise.all([
    db.selectFrom('region').select(['id', 'name']).orderBy('id').execute(),
    db
      .selectFrom('programme')
      .select(['id', 'name', 'region_id', 'casework_settings'])
      .orderBy('name')
      .execute(),
  ]);
  const counts = new Map<string, Map<string, UnitCounts>>();
  for (const p of rows) {
    const records = await loadProgrammeRecords(db, p.id);
    counts.set(p.id, countsPerPeriod(records, periods, outcomeSettingsOf(p.casework_settings), asOf));
  }
  const programmes = rows.map((p) => ({ id: p.id, name: p.name, regionId: p.region_id }));
  return nationalTable(regions, programmes, counts, periods, threshold);
}

/**
 * Fails unless every summary row of the programme (every period and cut, and every specialist's)
 * equals what its raw records give now; returns how many rows were compared.
 */
export async function storedAgreesWithRaw(db: Db, programmeId: string, asOf: string) {
  const [records, settings] = await Promise.all([
    loadProgrammeRecords(db, programmeId),
    settingsOf(db, programmeId),
  ]);
  const raw = countProgramme(records, settings, asOf);
  const [stored, own] = await Promise.all([
    db
      .selectFrom('outcome_programme_counts')
      .select(['period', 'cut', 'counts'])
      .where('programme_id', '=', programmeId)
      .execute(),
    db
      .selectFrom('outcome_specialist_counts')
      .select(['period', 'specialist_id', 'counts'])
      .where('programme_id', '=', programmeId)
      .execute(),
  ]);
  const storedByKey = new Map([
    ...stored.map((r) => [`${r.period}/${r.cut}`, r.counts] as const),
    ...own.map((r) => [`${r.period}/${r.specialist_id}`, r.counts] as const),
  ]);
  const rawByKey = new Map([
    ...raw.programme.map((r) => [`${r.period}/${r.cut}`, r.counts] as const),
    ...raw.specialists.map((r) => [`${r.period}/${r.specialistId}`, r.counts] as const),
  ]);
  deepStrictEqual(normalised(storedByKey), normalised(rawByKey), 'summary rows differ from the raw records');
  return { rows: storedByKey.size };
}

/** As JSON stores it (no undefined fields), keyed in order, so the comparison sees values only. */
function normalised(byKey: ReadonlyMap<string, unknown>) {
  return JSON.parse(JSON.stringify(Object.fromEntries([...byKey].sort(([a], [b]) => a.localeCompare(b)))));
}
