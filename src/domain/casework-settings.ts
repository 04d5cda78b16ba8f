/**
 * The thresholds casework is measured against. Each programme may set its own; what it has not set
 * comes from here. The fidelity anchors are the IPS-25's; the community-time guideline is the
 * Norwegian one (40–60 %) shown beside the IPS-25 anchor (65 %).
 */
export interface CaseworkSettings {
  /** Paid hours per week from which a competitive job counts as a job start (IPS Grow: 4). */
  competitiveMinHoursPerWeek: number;
  /** Face-to-face employer contacts per job specialist per week (IPS-25 services item 6). */
  employerContactsPerWeek: number;
  /** Days from referral to the first employer contact before the rapid-search warning (item 4). */
  rapidSearchDays: number;
  /** Participants per full-time job specialist (IPS-25 staffing item 1). */
  caseloadMax: number;
  /** Follow-along: first contact within this many days of a job start. */
  followAlongFirstDays: number;
  /** Follow-along: at least weekly contact until this many days after the job start. */
  followAlongWeeklyUntilDays: number;
  /** Follow-along: the longest gap between contacts after that. */
  followAlongMonthlyDays: number;
  /** Days before a consent's end date that it shows as a task. */
  consentExpiryWarningDays: number;
  /** Outreach attempts documented before a discharge for lost contact. */
  outreachAttemptsBeforeDischarge: number;
  /** Community share of working time: the Norwegian guideline's range and the IPS-25 anchor (%). */
  communityShareGuidelineMin: number;
  communityShareGuidelineMax: number;
  communityShareAnchor: number;
  /** Days between guidance reports (veiledningsrapport): the next is due this long after the last. */
  guidanceReportIntervalDays: number;
}

export const DEFAULT_CASEWORK_SETTINGS: CaseworkSettings = {
  competitiveMinHoursPerWeek: 4,
  employerContactsPerWeek: 6,
  rapidSearchDays: 30,
  caseloadMax: 20,
  followAlongFirstDays: 7,
  followAlongWeeklyUntilDays: 30,
  followAlongMonthlyDays: 30,
  consentExpiryWarningDays: 30,
  outreachAttemptsBeforeDischarge: 3,
  communityShareGuidelineMin: 40,
  communityShareGuidelineMax: 60,
  communityShareAnchor: 65,
  guidanceReportIntervalDays: 91,
};

export interface SettingRange {
  min: number;
  max: number;
  /** A count or a number of days: a fraction makes no sense. */
  whole: boolean;
}

/**
 * What an IPS programme could sensibly choose for each threshold. The API refuses anything else,
 * and the settings form checks the same before sending. The order is the form's.
 */
export const CASEWORK_SETTING_RANGES: Record<keyof CaseworkSettings, SettingRange> = {
  competitiveMinHoursPerWeek: { min: 0, max: 75, whole: false },
  employerContactsPerWeek: { min: 0, max: 50, whole: true },
  rapidSearchDays: { min: 1, max: 365, whole: true },
  caseloadMax: { min: 1, max: 100, whole: true },
  followAlongFirstDays: { min: 1, max: 90, whole: true },
  followAlongWeeklyUntilDays: { min: 1, max: 365, whole: true },
  followAlongMonthlyDays: { min: 1, max: 365, whole: true },
  consentExpiryWarningDays: { min: 0, max: 365, whole: true },
  outreachAttemptsBeforeDischarge: { min: 1, max: 20, whole: true },
  communityShareGuidelineMin: { min: 0, max: 100, whole: false },
  communityShareGuidelineMax: { min: 0, max: 100, whole: false },
  communityShareAnchor: { min: 0, max: 100, whole: false },
  guidanceReportIntervalDays: { min: 14, max: 366, whole: true },
};

/**
 * A change to the programme's own choices: a number sets a threshold, null drops the programme's
 * choice so the default applies again.
 */
export type CaseworkSettingsChanges = Partial<Record<keyof CaseworkSettings, number | null>>;

/** The stored choices after a change: null removes a choice, a number sets it. */
export function applySettingsChanges(
  stored: Record<string, unknown>,
  changes: CaseworkSettingsChanges,
): Record<string, unknown> {
  const next = { ...stored };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next;
}

/** The programme's settings: its stored choices over the defaults (unknown keys are ignored). */
export function caseworkSettings(stored: Record<string, unknown> | null | undefined): CaseworkSettings {
  const out = { ...DEFAULT_CASEWORK_SETTINGS };
  for (const key of Object.keys(out) as (keyof CaseworkSettings)[]) {
    const v = stored?.[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
  }
  return out;
}
