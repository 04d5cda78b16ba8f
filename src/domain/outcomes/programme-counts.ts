import { type CaseworkSettings, caseworkSettings } from '../casework-settings.ts';
import { countUnit } from './count-unit.ts';
import type { UnitCounts } from './counts.ts';
import { CUT_KEYS, inCut } from './cut-keys.ts';
import type { ActivityEvent, ParticipantHistory, SpecialistSpell } from './history.ts';
import { type PeriodKey, quarterOf, quartersBetween, yearOf } from './quarters.ts';
import { DEFAULT_OUTCOME_SETTINGS, type OutcomeSettings } from './targets.ts';

/** One programme's casework, as the loader gives it. */
export interface ProgrammeRecords {
  histories: readonly ParticipantHistory[];
  specialists: readonly SpecialistSpell[];
  activity: readonly ActivityEvent[];
}

/** A row of the summary tables: a programme's counts in one cut, or one specialist's. */
export interface ProgrammeCountRow {
  period: PeriodKey;
  cut: string;
  counts: UnitCounts;
}
export interface SpecialistCountRow {
  period: PeriodKey;
  specialistId: string;
  counts: UnitCounts;
}

/** The outcome settings of a programme: its own casework thresholds, the targets' defaults. */
export function outcomeSettingsOf(stored: Record<string, unknown> | null | undefined): OutcomeSettings {
  const casework: CaseworkSettings = caseworkSettings(stored);
  return {
    ...DEFAULT_OUTCOME_SETTINGS,
    competitiveMinHoursPerWeek: casework.competitiveMinHoursPerWeek,
    caseloadMax: casework.caseloadMax,
  };
}

/** Every quarter and year from the programme's first recorded day through asOf's. */
export function periodsOf(records: ProgrammeRecords, asOf: string): PeriodKey[] {
  const days = [
    ...records.histories.map((h) => h.referralDate),
    ...records.specialists.map((s) => s.startDate),
    ...records.activity.map((a) => a.date),
  ].filter((d) => d <= asOf);
  if (days.length === 0) return [];
  const first = days.reduce((a, b) => (a < b ? a : b));
  const quarters = quartersBetween(quarterOf(first), quarterOf(asOf));
  const years = [...new Set(quarters.map((q) => yearOf(`${q.slice(0, 4)}-01-01`)))];
  return [...quarters, ...years];
}

/**
 * A programme's counts per period and cut, and per job specialist (the participants assigned to her
 * now, her own activity and employment) per period: what the summary tables hold, and what a raw
 * computation gives for the same `asOf`.
 */
export function countProgramme(
  records: ProgrammeRecords,
  settings: OutcomeSettings,
  asOf: string,
  periods: readonly PeriodKey[] = periodsOf(records, asOf),
): { programme: ProgrammeCountRow[]; specialists: SpecialistCountRow[] } {
  const cuts = CUT_KEYS.map((cut) => ({ cut, histories: inCut(records.histories, cut) }));
  const options = { asOf, specialists: records.specialists };
  const programme = periods.flatMap((period) =>
    cuts.map(({ cut, histories }) => ({
      period,
      cut,
      counts: countUnit(histories, records.activity, period, settings, options),
    })),
  );
  const specialists = specialistIds(records).flatMap((id) => {
    const histories = records.histories.filter((h) => h.jobSpecialistId === id);
    const activity = records.activity.filter((a) => a.userId === id);
    const own = { asOf, specialists: records.specialists.filter((s) => s.userId === id) };
    return periods.map((period) => ({
      period,
      specialistId: id,
      counts: countUnit(histories, activity, period, settings, own),
    }));
  });
  return { programme, specialists };
}

/** Everyone with a caseload, an employment spell or logged time in the programme. */
function specialistIds(records: ProgrammeRecords): string[] {
  const ids = new Set<string>();
  for (const h of records.histories) if (h.jobSpecialistId) ids.add(h.jobSpecialistId);
  for (const s of records.specialists) ids.add(s.userId);
  for (const a of records.activity) ids.add(a.userId);
  return [...ids].sort();
}
