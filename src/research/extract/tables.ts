import { sexOf } from '../../db/repositories/outcomes/load-histories.ts';
import type { SourceRows } from '../../db/repositories/research/extract-rows.ts';
import { ageOn } from '../../domain/age.ts';
import { projectDate } from '../../domain/research/dates.ts';
import type { DateHandling, ExtractTable } from '../../domain/research/project.ts';

/** One column of an extract table: its DuckDB type and its definition for the manifest. */
export interface ExtractColumn {
  name: string;
  type: 'VARCHAR' | 'DATE' | 'DOUBLE';
  definition: string;
}

const KEY: ExtractColumn = {
  name: 'person_key',
  type: 'VARCHAR',
  definition: 'the person’s pseudonym in this project (keyed hash; the key is not in the extract)',
};
const date = (name: string, what: string): ExtractColumn => ({
  name,
  type: 'DATE',
  definition: `${what}, shifted or coarsened as the project's date handling says`,
});
const code = (name: string, what: string): ExtractColumn => ({ name, type: 'VARCHAR', definition: what });
const score = (name: string, what: string): ExtractColumn => ({ name, type: 'DOUBLE', definition: what });

export const EXTRACT_COLUMNS: Record<ExtractTable, ExtractColumn[]> = {
  participants: [
    KEY,
    code('age_band', 'age band at referral (16_20, 21_25, 26_30, 31_40, 41_50, 51_67; unknown)'),
    code('sex', 'sex, female or male'),
    code('region', 'the resource-centre region of the programme'),
    code('programme', 'the IPS programme'),
    code('track', 'standard IPS or ips_ung'),
    date('referral_date', 'date of referral'),
  ],
  stages: [
    KEY,
    code('stage', 'stage entered (code list stages)'),
    date('effective_date', 'date the stage began'),
  ],
  jobs: [
    KEY,
    code('employment_type', 'employment type (only ordinary work counts as a job start)'),
    code('wage_type', 'wage type'),
    { name: 'hours_per_week', type: 'DOUBLE', definition: 'contracted hours per week' },
    date('start_date', 'first day of the job'),
    date('end_date', 'last day of the job, empty while it lasts'),
    code('end_reason', 'why the job ended'),
  ],
  contacts: [
    KEY,
    date('contact_date', 'date of the contact'),
    code('counterpart', 'who the contact was with'),
    code('mode', 'face to face, phone, video, message'),
    code('outcome', 'held, or the kind of attempt'),
  ],
  discharges: [
    KEY,
    date('discharge_date', 'date of discharge'),
    code('discharge_reason', 'reason for discharge'),
  ],
  fidelity: [
    code('programme', 'the IPS programme reviewed (a programme, not a person: not pseudonymised)'),
    code('scale_version', 'the fidelity scale edition the review was rated on'),
    {
      name: 'review_date',
      type: 'DATE',
      definition:
        'day of the review visit, cut to its month under date shifting (a programme has no ' +
        'per-person offset), else coarsened as the project says',
    },
    score('total_score', 'sum of the agreed item ratings (1–5 each)'),
    code('band', 'fidelity band of the total (exemplary, good, fair, not_ips)'),
    score('staffing_score', 'sum of the staffing section'),
    score('organisation_score', 'sum of the organisation section'),
    score('services_score', 'sum of the services section'),
  ],
};

function ageBand(birthDate: string | null, referralDate: string): string {
  if (birthDate === null) return 'unknown';
  const age = ageOn(birthDate, referralDate);
  const bands: [number, string][] = [
    [20, '16_20'],
    [25, '21_25'],
    [30, '26_30'],
    [40, '31_40'],
    [50, '41_50'],
  ];
  return bands.find(([upTo]) => age <= upTo)?.[1] ?? '51_67';
}

export interface Pseudonymiser {
  key(participantId: string): string;
  shift(participantId: string): number;
  dates: DateHandling;
}

/** Each table's rows with identity replaced by the pseudonym and dates handled as the project says. */
export function extractRows(
  src: SourceRows,
  p: Pseudonymiser,
): Record<ExtractTable, Record<string, unknown>[]> {
  const d = (id: string, value: string | null) => projectDate(value, p.dates, p.shift(id));
  return {
    participants: src.participants.map((r) => ({
      person_key: p.key(r.id),
      age_band: ageBand(r.birth_date, r.referral_date),
      sex: r.fnr ? sexOf(r.fnr) : null,
      region: r.region,
      programme: r.programme,
      track: r.track,
      referral_date: d(r.id, r.referral_date),
    })),
    stages: src.stages.map((r) => ({
      person_key: p.key(r.participant_id),
      stage: r.stage,
      effective_date: d(r.participant_id, r.effective_date),
    })),
    jobs: src.jobs.map((r) => ({
      person_key: p.key(r.participant_id),
      employment_type: r.employment_type,
      wage_type: r.wage_type,
      hours_per_week: r.hours_per_week,
      start_date: d(r.participant_id, r.start_date),
      end_date: d(r.participant_id, r.end_date),
      end_reason: r.end_reason,
    })),
    contacts: src.contacts.map((r) => ({
      person_key: p.key(r.participant_id),
      contact_date: d(r.participant_id, r.contact_date),
      counterpart: r.counterpart,
      mode: r.mode,
      outcome: r.outcome,
    })),
    discharges: src.discharges.map((r) => ({
      person_key: p.key(r.participant_id),
      discharge_date: d(r.participant_id, r.effective_date),
      discharge_reason: r.discharge_reason,
    })),
    fidelity: src.fidelity.map((r) => ({
      programme: r.programme,
      scale_version: r.scaleVersion,
      review_date: projectDate(r.reviewDate, p.dates === 'shift' ? 'month' : p.dates, 0),
      total_score: r.total,
      band: r.band,
      staffing_score: r.sections.staffing,
      organisation_score: r.sections.organisation,
      services_score: r.sections.services,
    })),
  };
}
