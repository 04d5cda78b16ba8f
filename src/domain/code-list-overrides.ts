import {
  activityKinds,
  activityPlaces,
  benefitTypes,
  contactCounterparts,
  contactModes,
  contactOutcomes,
  dischargeReasons,
  disclosurePreferences,
  employerContactOutcomes,
  employmentTypes,
  jobEndReasons,
  type Label,
  occupations,
  stages,
  supportKinds,
  tracks,
  wageTypes,
  workforceEndReasons,
} from './code-lists.ts';

interface BuiltIn {
  codes: readonly string[];
  labels: Record<string, Label>;
}

/**
 * The casework code lists an administrator may change, by stable list name. Every list may be
 * relabelled; only an extensible list takes new codes or retires built-in ones, because the others'
 * codes carry rules (which employment types are competitive, which place is the community).
 */
export const CASEWORK_LISTS = {
  stages: { list: stages, extensible: false },
  tracks: { list: tracks, extensible: false },
  discharge_reasons: { list: dischargeReasons, extensible: true },
  benefit_types: { list: benefitTypes, extensible: true },
  employment_types: { list: employmentTypes, extensible: false },
  wage_types: { list: wageTypes, extensible: true },
  job_end_reasons: { list: jobEndReasons, extensible: true },
  occupations: { list: occupations, extensible: true },
  employer_contact_outcomes: { list: employerContactOutcomes, extensible: true },
  contact_counterparts: { list: contactCounterparts, extensible: false },
  contact_modes: { list: contactModes, extensible: false },
  contact_outcomes: { list: contactOutcomes, extensible: false },
  disclosure_preferences: { list: disclosurePreferences, extensible: false },
  support_kinds: { list: supportKinds, extensible: true },
  activity_places: { list: activityPlaces, extensible: false },
  activity_kinds: { list: activityKinds, extensible: true },
  workforce_end_reasons: { list: workforceEndReasons, extensible: true },
} as const satisfies Record<string, { list: BuiltIn; extensible: boolean }>;

export type CaseworkListName = keyof typeof CASEWORK_LISTS;
export const CASEWORK_LIST_NAMES = Object.keys(CASEWORK_LISTS) as [CaseworkListName, ...CaseworkListName[]];

/** An administrator's change to one code, as stored. */
export interface CodeOverride {
  list: string;
  code: string;
  nb: string;
  en: string;
  active: boolean;
}

export interface CodeEntry {
  code: string;
  label: Label;
  active: boolean;
  builtIn: boolean;
}

/** A list as users see it: the built-in codes in their order, relabelled or retired, then added codes. */
export function effectiveList(name: CaseworkListName, overrides: readonly CodeOverride[]): CodeEntry[] {
  const { list } = CASEWORK_LISTS[name];
  const mine = new Map(overrides.filter((o) => o.list === name).map((o) => [o.code, o]));
  const builtIn = list.codes.map((code) => {
    const o = mine.get(code);
    mine.delete(code);
    const label = (list.labels as Record<string, Label>)[code] as Label;
    return o
      ? { code, label: { nb: o.nb, en: o.en }, active: o.active, builtIn: true }
      : { code, label, active: true, builtIn: true };
  });
  const added = [...mine.values()].map((o) => ({
    code: o.code,
    label: { nb: o.nb, en: o.en },
    active: o.active,
    builtIn: false,
  }));
  return [...builtIn, ...added];
}

/** Whether a change is allowed: why not, or null. */
export function overrideProblem(
  name: CaseworkListName,
  change: { code: string; active: boolean },
): string | null {
  const { list, extensible } = CASEWORK_LISTS[name];
  const builtIn = (list.codes as readonly string[]).includes(change.code);
  if (!builtIn && !extensible) return `the list ${name} takes no new codes: its codes carry rules`;
  if (builtIn && !change.active && !extensible)
    return `the code ${change.code} of ${name} cannot be retired: its codes carry rules`;
  return null;
}

/** Whether `code` may be chosen now in list `name` (built in or added, and not retired). */
export function isActiveCode(
  name: CaseworkListName,
  code: string,
  overrides: readonly CodeOverride[],
): boolean {
  return effectiveList(name, overrides).some((e) => e.code === code && e.active);
}
