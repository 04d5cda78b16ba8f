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
};

/** The programme's settings: its stored choices over the defaults (unknown keys are ignored). */
export function caseworkSettings(stored: Record<string, unknown> | null | undefined): CaseworkSettings {
  const out = { ...DEFAULT_CASEWORK_SETTINGS };
  for (const key of Object.keys(out) as (keyof CaseworkSettings)[]) {
    const v = stored?.[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
  }
  return out;
}
