import { describe, expect, it } from 'vitest';
import {
  contact,
  discharged,
  faceToFace,
  history,
  job,
  minutes,
  spell,
} from '../../../../test/support/outcome-histories.ts';
import { DEFAULT_CASEWORK_SETTINGS } from '../../casework-settings.ts';
import { addDays } from '../../employment.ts';
import type { ParticipantHistory } from '../../outcomes/history.ts';
import { CASELOAD_BANDS, caseloadIndicator } from './caseload.ts';
import { COMMUNITY_BANDS, communityTimeIndicator } from './community-time.ts';
import { EMPLOYER_CONTACT_BANDS, employerContactIndicator } from './employer-contacts.ts';
import { FOLLOW_ALONG_BANDS, followAlongIndicator } from './follow-along.ts';
import { type AnchorBands, anchorOf } from './indicator.ts';
import type { IndicatorInputs, JobDetail } from './inputs.ts';
import {
  COMPETITIVE_BANDS,
  competitiveJobIndicator,
  DIVERSITY_BANDS,
  employerDiversityIndicator,
  jobTypeDiversityIndicator,
} from './jobs.ts';
import { RAPID_SEARCH_BANDS, rapidSearchIndicator } from './rapid-search.ts';
import { teamMeetingIndicator } from './team-meetings.ts';

const AS_OF = '2026-06-30';
const day = (n: number) => addDays(AS_OF, n);

/** Each history's newest contact or employer contact up to `AS_OF`, as the loader's statement finds it. */
function newestContacts(histories: readonly ParticipantHistory[]) {
  const out = new Map<string, string>();
  for (const h of histories) {
    const dates = [...h.contacts, ...h.employerContacts].map((c) => c.date).filter((d) => d <= AS_OF);
    if (dates.length > 0) out.set(h.participantId, dates.sort().at(-1) as string);
  }
  return out;
}

function inputs(over: Partial<IndicatorInputs> = {}): IndicatorInputs {
  return {
    asOf: AS_OF,
    settings: DEFAULT_CASEWORK_SETTINGS,
    legalModel: 'integrated',
    histories: [],
    lastContacts: newestContacts(over.histories ?? []),
    specialists: [],
    activity: [],
    employerContacts: [],
    jobs: new Map(),
    attendance: [],
    ...over,
  };
}

/** Each [value, anchor] pair: the anchor the bands give the value. */
function expectEdges(bands: AnchorBands, edges: [number, number][]) {
  for (const [value, anchor] of edges) expect([value, anchorOf(value, bands)]).toEqual([value, anchor]);
}

describe('anchors at their edges', () => {
  it('staffing-1: 20 → 5, 21 → 4, 25 → 4, 26 → 3, 30 → 3, 31 → 2, 40 → 2, 41 → 1', () => {
    expectEdges(CASELOAD_BANDS, [
      [20, 5],
      [20.5, 4],
      [25, 4],
      [26, 3],
      [30, 3],
      [31, 2],
      [40, 2],
      [41, 1],
    ]);
  });
  it('services-4: 30 days → 5, 31 → 4, 60 → 4, 61 → 3, 150 → 3, 151 → 2, 270 → 2, 271 → 1', () => {
    expectEdges(RAPID_SEARCH_BANDS, [
      [30, 5],
      [31, 4],
      [60, 4],
      [61, 3],
      [150, 3],
      [151, 2],
      [270, 2],
      [271, 1],
    ]);
  });
  it('services-6: 6 a week → 5, 5.99 → 4, 5 → 4, 4.99 → 3, 3 → 3, 2.99 → 2, 2 → 2, 1.99 → 1', () => {
    expectEdges(EMPLOYER_CONTACT_BANDS, [
      [6, 5],
      [5.99, 4],
      [5, 4],
      [4.99, 3],
      [3, 3],
      [2.99, 2],
      [2, 2],
      [1.99, 1],
    ]);
  });
  it('services-8 and 9: 85 % → 5, 84.9 → 4, 70 → 4, 60 → 3, 50 → 2, 49.9 → 1', () => {
    expectEdges(DIVERSITY_BANDS, [
      [0.85, 5],
      [0.849, 4],
      [0.7, 4],
      [0.699, 3],
      [0.6, 3],
      [0.5, 2],
      [0.499, 1],
    ]);
  });
  it('services-10: 95 % → 5, 94.9 → 4, 85 → 4, 75 → 3, 65 → 2, 64.9 → 1', () => {
    expectEdges(COMPETITIVE_BANDS, [
      [0.95, 5],
      [0.949, 4],
      [0.85, 4],
      [0.75, 3],
      [0.65, 2],
      [0.649, 1],
    ]);
  });
  it('services-12: a year of follow-along → 4, 364 days → 3, 182 → 3, 181 → 2, 1 → 2, none → 1', () => {
    expectEdges(FOLLOW_ALONG_BANDS, [
      [365, 4],
      [364, 3],
      [182, 3],
      [181, 2],
      [1, 2],
      [0, 1],
    ]);
  });
  it('services-13: 65 % → 5, 50 → 4, 40 → 3, 30 → 2, 29.9 → 1', () => {
    expectEdges(COMMUNITY_BANDS, [
      [0.65, 5],
      [0.649, 4],
      [0.5, 4],
      [0.4, 3],
      [0.3, 2],
      [0.299, 1],
    ]);
  });
});

describe('staffing-1 caseload', () => {
  it('divides the caseload on the day by the FTE employed that day: 21 on 1.0 FTE → 4', () => {
    const people = Array.from({ length: 21 }, (_, i) => history(`p${i}`, day(-100)));
    const gone = history('gone', day(-200), { stages: [discharged(day(-10), 'moved')] });
    const out = caseloadIndicator(
      inputs({ histories: [...people, gone], specialists: [spell('js-1', day(-400), null, 1)] }),
    );
    expect([out.value, out.anchor, out.numerator, out.denominator]).toEqual([21, 4, 21, 1]);
  });
  it('20 on 1.0 FTE → 5; nothing to divide without a specialist', () => {
    const people = Array.from({ length: 20 }, (_, i) => history(`p${i}`, day(-100)));
    expect(
      caseloadIndicator(inputs({ histories: people, specialists: [spell('js-1', day(-9), null)] })).anchor,
    ).toBe(5);
    expect(caseloadIndicator(inputs({ histories: people })).value).toBeNull();
  });
});

describe('services-4 rapid search', () => {
  it('means the days to the first face-to-face employer contact of the entries 30–120 days ago', () => {
    // a: 10 days, b: 50 days, c: none yet (entered 100 days ago: 100 so far); d is too recent.
    const a = history('a', day(-60), { employerContacts: [faceToFace(day(-50))] });
    const b = history('b', day(-90), { employerContacts: [faceToFace(day(-40))] });
    const c = history('c', day(-100));
    const d = history('d', day(-10));
    const out = rapidSearchIndicator(inputs({ histories: [a, b, c, d] }));
    // (10 + 50 + 100) / 3 = 53.3 days → 4; one of three within 30 days.
    expect(out.value).toBeCloseTo(160 / 3);
    expect([out.anchor, out.numerator, out.denominator]).toEqual([4, 1, 3]);
  });
  it('30 days on average → 5, 31 → 4', () => {
    const at = (n: number) => history('x', day(-60), { employerContacts: [faceToFace(day(-60 + n))] });
    expect(rapidSearchIndicator(inputs({ histories: [at(30)] })).anchor).toBe(5);
    expect(rapidSearchIndicator(inputs({ histories: [at(31)] })).anchor).toBe(4);
  });
});

describe('services-6 employer contacts per week', () => {
  const contacts = (n: number, specialistId = 'js-1') =>
    Array.from({ length: n }, (_, i) => ({ specialistId, date: day(-(i % 90)), faceToFace: true }));
  it('78 face-to-face contacts in 13 weeks is 6 a week → 5; 77 → 4', () => {
    const specialists = [spell('js-1', day(-400), null)];
    expect(employerContactIndicator(inputs({ specialists, employerContacts: contacts(78) })).anchor).toBe(5);
    expect(employerContactIndicator(inputs({ specialists, employerContacts: contacts(77) })).anchor).toBe(4);
  });
  it('rates each specialist over her own weeks and averages: 6 and 2 a week → 4 a week → 3', () => {
    // js-2 joined 13 days before: 2 weeks, 4 contacts → 2 a week; js-1 78 in 13 weeks → 6.
    const specialists = [spell('js-1', day(-400), null), spell('js-2', day(-13), null)];
    const employerContacts = [...contacts(78), ...contacts(4, 'js-2')];
    const out = employerContactIndicator(inputs({ specialists, employerContacts }));
    expect([out.value, out.anchor]).toEqual([4, 3]);
  });
});

describe('services-8, 9 and 10 jobs', () => {
  const detail = (employerId: string, occupation: string | null, title = 'Jobb'): JobDetail => ({
    employerId,
    employerName: employerId,
    occupation,
    title,
  });
  it('counts distinct kinds and employers over the year’s competitive job starts in IPS', () => {
    const j1 = job(day(-300), null);
    const j2 = job(day(-200), null);
    const j3 = job(day(-100), null);
    const j4 = job(day(-50), null);
    const old = job(day(-400), day(-380));
    const jobs = new Map([
      [j1.jobId, detail('e1', '52')],
      [j2.jobId, detail('e1', '52')],
      [j3.jobId, detail('e2', '91')],
      [j4.jobId, detail('e3', null, ' Lager ')],
      [old.jobId, detail('e4', '11')],
    ]);
    const h = history('p', day(-500), { jobs: [old, j1, j2, j3, j4] });
    const types = jobTypeDiversityIndicator(inputs({ histories: [h], jobs }));
    // kinds 52, 52, 91, "lager": 3 of 4 = 75 % → 4; employers e1, e1, e2, e3: 3 of 4 → 4.
    expect([types.value, types.anchor]).toEqual([0.75, 4]);
    expect(employerDiversityIndicator(inputs({ histories: [h], jobs })).value).toBe(0.75);
  });
  it('competitive share: 19 of 20 → 5; 18 of 20 → 4 (work practice is a job, education is not)', () => {
    const jobsOf = (practice: number) => [
      ...Array.from({ length: 20 - practice }, () => job(day(-30), null)),
      ...Array.from({ length: practice }, () => job(day(-30), null, { employmentType: 'work_practice' })),
      job(day(-30), null, { employmentType: 'education' }),
    ];
    const at = (practice: number) =>
      competitiveJobIndicator(inputs({ histories: [history('p', day(-90), { jobs: jobsOf(practice) })] }));
    expect([at(1).value, at(1).anchor]).toEqual([0.95, 5]);
    expect([at(2).value, at(2).anchor]).toEqual([0.9, 4]);
  });
});

describe('services-12 follow-along', () => {
  const working = (id: string, start: number, last: number | null) =>
    history(id, day(-800), {
      jobs: [job(day(start), null)],
      contacts: last === null ? [] : [contact(day(last))],
    });
  it('takes the median length of follow-along of those working six months or more', () => {
    // a: job 400 days ago, contact 5 days ago → ongoing, 400 days; b: job 300 days ago, last
    // contact 100 days ago → stopped after 200 days; c: 200 days ago, none → 0; d: too new.
    const people = [
      working('a', -400, -5),
      working('b', -300, -100),
      working('c', -200, null),
      working('d', -60, -1),
    ];
    const out = followAlongIndicator(inputs({ histories: people }));
    // median of 0, 200, 400 = 200 days → 3; one of three still followed.
    expect([out.value, out.anchor, out.numerator, out.denominator]).toEqual([200, 3, 1, 3]);
  });
  it('none after the start → 1; followed all year → 4 (5 needs what only the review sees)', () => {
    expect(followAlongIndicator(inputs({ histories: [working('a', -400, null)] })).anchor).toBe(1);
    expect(followAlongIndicator(inputs({ histories: [working('a', -365, -1)] })).anchor).toBe(4);
  });
});

describe('services-13 community time', () => {
  it('community ÷ (community + office + team meeting), travel left out: 65 % → 5, 64 % → 4', () => {
    const at = (community: number) => [
      minutes(day(-1), 'community', community),
      minutes(day(-1), 'office', 100 - community),
      minutes(day(-1), 'travel', 500),
    ];
    expect(communityTimeIndicator(inputs({ activity: at(65) })).anchor).toBe(5);
    expect(communityTimeIndicator(inputs({ activity: at(64) })).anchor).toBe(4);
  });
});

describe('organisation-2 team meetings', () => {
  const specialists = [spell('js-1', day(-400), null)];
  const weeks = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ userId: 'js-1', date: day(-7 * i), attended: true }));
  it('12 of 13 weeks attended (92 %) under the integrated model: at most 5', () => {
    const out = teamMeetingIndicator(inputs({ specialists, attendance: weeks(12) }));
    expect([out.numerator, out.denominator, out.anchor, out.bound]).toEqual([12, 13, 5, 'at_most']);
  });
  it('11 of 13 (85 %) misses weekly attendance; consent-based rules out integrated records: at most 3', () => {
    const out = teamMeetingIndicator(
      inputs({ specialists, attendance: weeks(11), legalModel: 'consent_based' }),
    );
    expect(out.anchor).toBe(3);
  });
});
