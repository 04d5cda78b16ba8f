import {
  contact,
  discharged,
  employerContact,
  faceToFace,
  history,
  job,
  minutes,
  referred,
  spell,
  stage,
} from './outcome-histories.ts';

/**
 * A small programme in 2026Q1, counted on 2026-06-30, whose every figure is worked out by hand in
 * count-unit.test.ts. Each participant is one case the definitions must get right.
 */

/** Two overlapping jobs: one ends in week 5, the other still runs (censored). */
export const A = history('A', '2025-11-01', {
  jobs: [job('2026-01-10', '2026-02-20'), job('2026-02-01', null, { hoursPerWeek: 8 })],
  employerContacts: [faceToFace('2025-11-20')],
});

/** Referred in the quarter: work practice and a 3-hour job (neither counts), then a wage-subsidised start. */
export const B = history('B', '2026-01-15', {
  referralSource: 'clinician',
  jobs: [
    job('2026-02-01', null, { employmentType: 'work_practice', wageType: 'unpaid' }),
    job('2026-02-15', null, { hoursPerWeek: 3 }),
    job('2026-03-01', null, { employmentType: 'competitive_wage_subsidy', hoursPerWeek: 10 }),
  ],
  employerContacts: [employerContact('2026-01-20', false), faceToFace('2026-01-29')],
  // A phone call and a no-show are no meeting; the first meeting is held on 22 January.
  contacts: [
    contact('2026-01-16', { mode: 'phone' }),
    contact('2026-01-19', { outcome: 'no_show' }),
    contact('2026-01-22'),
  ],
});

/** In work at referral: the job held then is job retention, not a job start. */
export const C = history('C', '2025-06-01', {
  referralSource: 'self',
  employedAtReferral: true,
  jobs: [job('2024-01-01', null, { hoursPerWeek: 30 })],
});

/** Discharged in 2025 after a job, re-referred in the quarter: a later start, not a first. */
export const D = history('D', '2025-03-01', {
  referralSource: 'municipality',
  employedAtReferral: null,
  stages: [
    referred('2025-03-01'),
    stage('job_search', '2025-04-01'),
    discharged('2025-09-01', 'lost_contact'),
    referred('2026-02-10'),
    stage('paused', '2026-03-01'),
  ],
  jobs: [
    job('2025-05-01', '2025-06-30', { hoursPerWeek: 10 }),
    job('2026-03-20', '2026-03-25', { hoursPerWeek: 15 }),
  ],
  // The meeting of the first episode and one with her NAV adviser do not open the second episode.
  contacts: [contact('2025-03-05'), contact('2026-02-12', { counterpart: 'nav' }), contact('2026-02-24')],
});

/** Volunteering only (never counts); discharged in the quarter. */
export const E = history('E', '2025-10-01', {
  stages: [referred('2025-10-01'), discharged('2026-02-28', 'no_longer_wants_work')],
  jobs: [job('2026-01-05', null, { employmentType: 'volunteering', wageType: 'unpaid' })],
});

/** Referred after the quarter: in none of its figures. */
export const F = history('F', '2026-04-15', { jobs: [job('2026-04-20', null)] });

/** IPS ung: starts education, discharged in education. */
export const G = history('G', '2026-01-05', {
  track: 'ips_ung',
  birthDate: '2005-02-02',
  stages: [referred('2026-01-05'), discharged('2026-03-15', 'in_education')],
  jobs: [job('2026-02-01', null, { employmentType: 'education', wageType: 'unpaid', hoursPerWeek: 30 })],
});

export const PEOPLE = [A, B, C, D, E, F, G];

export const SPECIALISTS = [
  spell('s1', '2024-01-01', null),
  spell('s2', '2025-06-01', '2026-02-15', 0.8),
  spell('s3', '2026-03-01', null, 0.5),
  spell('s4', '2026-02-01', '2026-09-30'),
];

export const ACTIVITY = [
  minutes('2026-01-10', 'community', 300),
  minutes('2026-02-01', 'office', 200),
  minutes('2026-03-01', 'team_meeting', 100),
  minutes('2026-03-02', 'travel', 50),
  minutes('2026-04-02', 'community', 1000),
];
