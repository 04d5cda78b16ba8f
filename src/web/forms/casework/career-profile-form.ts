import type { CareerProfileBody, CareerProfileContent } from '../../api/casework-types.ts';
import { isCalendarDate } from '../dates.ts';
import {
  type CaseworkTexts,
  compact,
  type Errors,
  numberError,
  optionalText,
  parseNumber,
} from './field-rules.ts';
import { isBlankRow, type Keyed, linesOf, newRowKey } from './rows.ts';

export type ProfileField =
  | 'workHistory'
  | 'education'
  | 'educationGoals'
  | 'interests'
  | 'strengths'
  | 'occupations'
  | 'hoursPerWeek'
  | 'places'
  | 'other'
  | 'disclosure'
  | 'supports'
  | 'notes'
  | 'noShowPlan';

/** On-screen order; for IPS ung the education goals come first (see profileFields). */
const BASE_FIELDS: readonly ProfileField[] = [
  'workHistory',
  'education',
  'educationGoals',
  'interests',
  'strengths',
  'occupations',
  'hoursPerWeek',
  'places',
  'other',
  'disclosure',
  'supports',
  'notes',
  'noShowPlan',
];

export function profileFields(youth: boolean): readonly ProfileField[] {
  return youth ? ['educationGoals', ...BASE_FIELDS.filter((f) => f !== 'educationGoals')] : BASE_FIELDS;
}

export interface WorkRow extends Keyed {
  employer: string;
  title: string;
  from: string;
  to: string;
  whatWorked: string;
}

export interface EducationRow extends Keyed {
  school: string;
  programme: string;
  from: string;
  to: string;
  completed: boolean;
}

export interface ProfileValues {
  workHistory: WorkRow[];
  education: EducationRow[];
  educationGoals: string;
  /** One per line. */
  interests: string;
  strengths: string;
  places: string;
  occupations: string[];
  hoursPerWeek: string;
  other: string;
  disclosure: string;
  supports: string[];
  notes: string;
  noShowPlan: string;
}

export const emptyWorkRow = (): WorkRow => ({
  key: newRowKey(),
  employer: '',
  title: '',
  from: '',
  to: '',
  whatWorked: '',
});

export const emptyEducationRow = (): EducationRow => ({
  key: newRowKey(),
  school: '',
  programme: '',
  from: '',
  to: '',
  completed: false,
});

/** The form's values from the latest version, or empty for a first profile. */
export function profileValues(content: CareerProfileContent | null): ProfileValues {
  return {
    workHistory: (content?.workHistory ?? []).map((w) => ({
      key: newRowKey(),
      employer: w.employer,
      title: w.title,
      from: w.from ?? '',
      to: w.to ?? '',
      whatWorked: w.whatWorked ?? '',
    })),
    education: (content?.education ?? []).map((e) => ({
      key: newRowKey(),
      school: e.school,
      programme: e.programme,
      from: e.from ?? '',
      to: e.to ?? '',
      completed: e.completed ?? false,
    })),
    educationGoals: content?.educationGoals ?? '',
    interests: (content?.interests ?? []).join('\n'),
    strengths: (content?.strengths ?? []).join('\n'),
    places: (content?.preferences.places ?? []).join('\n'),
    occupations: content?.preferences.occupations ?? [],
    hoursPerWeek: content?.preferences.hoursPerWeek?.toString().replace('.', ',') ?? '',
    other: content?.preferences.other ?? '',
    disclosure: content?.disclosure ?? 'undecided',
    supports: content?.supports ?? [],
    notes: content?.notes ?? '',
    noShowPlan: content?.noShowPlan ?? '',
  };
}

/** A dated row: its dates are real dates if given, and it does not end before it starts. */
function datesFine(row: { from: string; to: string }): boolean {
  const from = row.from.trim();
  const to = row.to.trim();
  if (from && !isCalendarDate(from)) return false;
  if (to && !isCalendarDate(to)) return false;
  return !(from && to && to < from);
}

function workRowFine(row: WorkRow): boolean {
  return isBlankRow(row) || (row.employer.trim() !== '' && row.title.trim() !== '' && datesFine(row));
}

function educationRowFine(row: EducationRow): boolean {
  return isBlankRow(row) || (row.school.trim() !== '' && row.programme.trim() !== '' && datesFine(row));
}

export function validateProfile(values: ProfileValues, t: CaseworkTexts): Errors<ProfileField> {
  const p = t.profile;
  return compact({
    workHistory: values.workHistory.every(workRowFine) ? undefined : t.validation.rows(p.workHistory),
    education: values.education.every(educationRowFine) ? undefined : t.validation.rows(p.education),
    hoursPerWeek: numberError(values.hoursPerWeek, { label: p.hoursPerWeek, min: 0, max: 75 }, t),
    disclosure: values.disclosure ? undefined : t.validation.choose(p.disclosure),
    educationGoals: undefined,
    interests: undefined,
    strengths: undefined,
    occupations: undefined,
    places: undefined,
    other: undefined,
    supports: undefined,
    notes: undefined,
    noShowPlan: undefined,
  });
}

/** Drops unset keys, so optional parts are left out rather than sent empty. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** After validation: the disclosure choice offers only its list's codes, and one was required. */
export function profileContent(values: ProfileValues): CareerProfileContent {
  const hours = parseNumber(values.hoursPerWeek);
  return defined({
    workHistory: values.workHistory
      .filter((row) => !isBlankRow(row))
      .map((row) =>
        defined({
          employer: row.employer.trim(),
          title: row.title.trim(),
          from: optionalText(row.from),
          to: optionalText(row.to),
          whatWorked: optionalText(row.whatWorked),
        }),
      ),
    education: values.education
      .filter((row) => !isBlankRow(row))
      .map((row) =>
        defined({
          school: row.school.trim(),
          programme: row.programme.trim(),
          from: optionalText(row.from),
          to: optionalText(row.to),
          completed: row.completed,
        }),
      ),
    educationGoals: optionalText(values.educationGoals),
    interests: linesOf(values.interests),
    strengths: linesOf(values.strengths),
    preferences: defined({
      occupations: values.occupations,
      hoursPerWeek: hours === null ? undefined : hours,
      places: linesOf(values.places),
      other: optionalText(values.other),
    }),
    disclosure: values.disclosure as CareerProfileContent['disclosure'],
    supports: values.supports,
    notes: optionalText(values.notes),
    noShowPlan: optionalText(values.noShowPlan),
  });
}

export function profileBody(values: ProfileValues, basedOnVersion: number | null): CareerProfileBody {
  return { basedOnVersion, content: profileContent(values) };
}
