import type { EmploymentType, Stage } from '../../domain/code-lists.ts';

/** Days after the previous step: drawn between the two bounds, shrunk if the referral is too recent. */
export type Gap = readonly [number, number];

export type Step =
  | { kind: 'stage'; stage: Stage; gap: Gap; reason?: string; note?: string }
  | { kind: 'start'; type: EmploymentType; gap: Gap }
  | { kind: 'end'; reason: string; gap: Gap };

/** One participant's year in outline: the steps from the referral on. */
export interface Script {
  steps: readonly Step[];
  /** Meant for someone 16–30 (IPS ung): education as the outcome. */
  young?: boolean;
  employedAtReferral?: boolean;
}

const stage = (s: Stage, min: number, max = min, extra: { reason?: string; note?: string } = {}): Step => ({
  kind: 'stage',
  stage: s,
  gap: [min, max],
  ...extra,
});
const start = (type: EmploymentType, min: number, max: number): Step => ({
  kind: 'start',
  type,
  gap: [min, max],
});
const end = (reason: string, min: number, max: number): Step => ({ kind: 'end', reason, gap: [min, max] });
const toWork = (type: EmploymentType, min: number, max: number) => [
  start(type, min, max),
  stage('in_work', 0),
];
const discharge = (reason: string, min: number, max: number, note?: string) =>
  stage('discharged', min, max, note ? { reason, note } : { reason });

/** Referral to job search within a month: rapid job search. */
const OPENING = [stage('first_meeting', 3, 10), stage('career_profile', 7, 14), stage('job_search', 7, 18)];
const PAUSE_NOTE = 'Pause etter eget ønske; avtalt ny kontakt om en måned.';
const BACK_NOTE = 'Tilbake i jobbsøk etter pausen.';

const DISCHARGES: Script[] = [
  {
    steps: [
      ...OPENING,
      ...toWork('ordinary_competitive', 25, 60),
      discharge(
        'in_work',
        170,
        220,
        'Stabil i jobb; oppfølgingen avsluttet etter avtale med deltaker og arbeidsgiver.',
      ),
    ],
  },
  { steps: [...OPENING, ...toWork('ordinary_competitive', 30, 50), discharge('in_work', 150, 190)] },
  {
    young: true,
    steps: [
      ...OPENING,
      ...toWork('education', 40, 70),
      discharge('in_education', 100, 140, 'Går på fagskolen og trenger ikke lenger oppfølging.'),
    ],
  },
  {
    steps: [
      ...OPENING,
      start('work_practice', 20, 40),
      end('temporary_ended', 80, 95),
      discharge(
        'transferred_nav_measure',
        15,
        30,
        'Overført til arbeidsforberedende trening etter eget ønske.',
      ),
    ],
  },
  {
    steps: [
      ...OPENING,
      ...toWork('ordinary_competitive', 25, 45),
      end('health', 40, 60),
      stage('job_search', 0),
      stage('paused', 10, 20, { note: PAUSE_NOTE }),
      discharge('no_longer_wants_work', 30, 45),
      stage('referred', 45, 70, { note: 'Henvist på nytt; ønsker å prøve igjen.' }),
      stage('first_meeting', 5, 8),
      stage('job_search', 10, 15),
    ],
  },
  {
    steps: [
      ...OPENING,
      stage('paused', 40, 70, { note: PAUSE_NOTE }),
      discharge('disability_pension', 40, 60),
    ],
  },
  {
    steps: [
      ...OPENING,
      ...toWork('ordinary_competitive', 30, 45),
      end('dismissed_other', 35, 50),
      stage('job_search', 0),
      discharge(
        'lost_contact',
        85,
        100,
        'Ikke nådd etter gjentatte oppsøkende forsøk; kan henvises på nytt.',
      ),
    ],
  },
  { steps: [...OPENING, discharge('lost_contact', 90, 110)] },
];

const inWork = (type: EmploymentType, extra: Partial<Script> = {}): Script => ({
  steps: [...OPENING, ...toWork(type, 20, 120)],
  ...extra,
});

const IN_WORK: Script[] = [
  {
    steps: [
      ...OPENING,
      ...toWork('ordinary_competitive', 30, 50),
      end('temporary_ended', 50, 70),
      stage('job_search', 0),
      ...toWork('ordinary_competitive', 20, 40),
    ],
  },
  {
    steps: [
      ...OPENING,
      ...toWork('ordinary_competitive', 25, 40),
      end('dissatisfied', 30, 50),
      stage('job_search', 0),
      ...toWork('competitive_wage_subsidy', 25, 45),
    ],
  },
  inWork('ordinary_competitive'),
  inWork('competitive_wage_subsidy'),
  inWork('ordinary_competitive', { employedAtReferral: true }),
  inWork('competitive_wage_subsidy'),
  inWork('ordinary_competitive'),
  inWork('education', { young: true }),
  inWork('ordinary_competitive'),
  inWork('competitive_wage_subsidy'),
  inWork('ordinary_competitive'),
];

const SEARCHING: Script[] = [
  {
    steps: [
      ...OPENING,
      ...toWork('competitive_wage_subsidy', 30, 50),
      end('health', 30, 50),
      stage('paused', 0),
      stage('job_search', 25, 40, { note: BACK_NOTE }),
    ],
  },
  { steps: [...OPENING, stage('paused', 20, 35, { note: PAUSE_NOTE }), stage('job_search', 25, 40)] },
  {
    steps: [
      stage('first_meeting', 3, 8),
      stage('paused', 15, 30, { note: PAUSE_NOTE }),
      stage('career_profile', 20, 30),
      stage('job_search', 7, 14, { note: BACK_NOTE }),
    ],
  },
  { steps: [...OPENING, stage('paused', 20, 40, { note: PAUSE_NOTE })] },
  {
    steps: [
      stage('first_meeting', 4, 8),
      stage('career_profile', 7, 12),
      start('volunteering', 10, 20),
      stage('paused', 10, 30),
    ],
  },
  { steps: OPENING },
  { steps: OPENING },
  { steps: OPENING, young: true },
  { steps: [...OPENING, start('volunteering', 10, 30)] },
  { steps: [...OPENING, start('work_practice', 10, 25), end('temporary_ended', 60, 90)] },
  {
    steps: [
      stage('first_meeting', 4, 8),
      start('sheltered_vta', 10, 20),
      stage('career_profile', 10, 20),
      stage('job_search', 5, 10),
    ],
  },
  { steps: OPENING, employedAtReferral: true },
];

const STARTING: Script[] = [
  { steps: [stage('first_meeting', 3, 8), stage('career_profile', 5, 12)] },
  { steps: [stage('first_meeting', 3, 8), stage('career_profile', 5, 12)], employedAtReferral: true },
  { steps: [stage('first_meeting', 3, 8), stage('career_profile', 5, 12)], young: true },
  { steps: [stage('first_meeting', 3, 8), stage('career_profile', 5, 12)] },
  { steps: [stage('first_meeting', 3, 10)] },
  { steps: [stage('first_meeting', 3, 10)] },
  { steps: [stage('first_meeting', 3, 10)] },
  { steps: [] },
  { steps: [] },
];

/** The demo's forty journeys: eight discharges, eleven in work, twelve searching or paused, nine new. */
export const SCRIPTS: readonly Script[] = [...DISCHARGES, ...IN_WORK, ...SEARCHING, ...STARTING];

/** Ingrid Solberg, who signs in: referred 120 days ago, in job search for three months. */
export const INGRID_SCRIPT: Script = {
  steps: [stage('first_meeting', 6), stage('career_profile', 12), stage('job_search', 10)],
};

/** Whoever the scripts run out for (the demo has as many scripts as participants; this is a guard). */
export const FALLBACK_SCRIPT: Script = { steps: [stage('first_meeting', 3, 10)] };

export function nominalDays(script: Script): number {
  return script.steps.reduce((acc, s) => acc + (s.gap[0] + s.gap[1]) / 2, 0);
}
