import { describe, expect, it } from 'vitest';
import { emptyCounts, type UnitCounts } from './counts.ts';
import { programmeReportFigures, publishFunnel } from './programme-report.ts';

const HIDDEN = { value: null, suppressed: true };
const shown = (value: number) => ({ value, suppressed: false });

describe('publishFunnel', () => {
  it('shows each step of at least the threshold that lies 0 or at least the threshold below the last shown', () => {
    expect(publishFunnel({ referrals: 40, firstMeeting: 40, employerContact: 22, jobStart: 9 }, 5)).toEqual({
      referrals: shown(40),
      firstMeeting: shown(40),
      employerContact: shown(22),
      jobStart: shown(9),
    });
  });

  it('withholds a step a few below the one before (12 referred, 11 met tells that one was not), and compares the next with the last shown', () => {
    expect(publishFunnel({ referrals: 12, firstMeeting: 11, employerContact: 9, jobStart: 3 }, 5)).toEqual({
      referrals: shown(12),
      firstMeeting: HIDDEN, // 1 below 12
      employerContact: HIDDEN, // 3 below 12, the last shown
      jobStart: HIDDEN, // a small count
    });
    expect(publishFunnel({ referrals: 20, firstMeeting: 18, employerContact: 10, jobStart: 0 }, 5)).toEqual({
      referrals: shown(20),
      firstMeeting: HIDDEN,
      employerContact: shown(10), // 10 below 20
      jobStart: shown(0),
    });
  });
});

/** A quarter's counts with its referral cohort: met, contacted, started, and the rest censored. */
function quarter(referrals: number, met: number, contacted: number, started: number): UnitCounts {
  return {
    ...emptyCounts(),
    active: 30,
    timeToFirstMeeting: { events: [met], censored: [referrals - met] },
    timeToEmployerContact: { events: [0, contacted], censored: [0, referrals - contacted] },
    timeToJob: { events: [0, 0, started], censored: [referrals - started] },
    tenure: { events: [0, 3, 0, 4], censored: [0, 0, 0, 0, 2] },
    discharges: 5,
    dischargesByReason: { in_work: 4, moved: 1 },
  };
}

describe('programmeReportFigures', () => {
  const counts = new Map([
    ['2026Q1', quarter(8, 7, 4, 2)],
    ['2026Q2', quarter(9, 8, 6, 3)],
  ]);
  const report = programmeReportFigures(counts, ['2026Q1', '2026Q2', '2026Q3'], 5);

  it('gives each period its suppressed figures, a period without counts as zeros', () => {
    expect(report.periods.map((p) => [p.period, p.figures.activeCaseload])).toEqual([
      ['2026Q1', shown(30)],
      ['2026Q2', shown(30)],
      ['2026Q3', shown(0)],
    ]);
  });

  it('adds the cohorts of the periods for the funnel, tenure and discharges', () => {
    // 17 referred, 15 met (2 below: withheld), 10 contacted, 5 started (5 below 10: shown).
    expect(report.funnel).toEqual({
      referrals: shown(17),
      firstMeeting: HIDDEN,
      employerContact: shown(10),
      jobStart: shown(5),
    });
    // 18 jobs: 6 end in week 1, 8 in week 3, 4 censored in week 4.
    expect(report.tenure.spells).toEqual(shown(18));
    expect(report.tenure.curve.map((p) => [p.week, p.atRisk])).toEqual([
      [1, 18],
      [3, 12],
    ]);
    // 2 moved is withheld, and so is 8 in work, or the total would give the 2 away.
    expect(report.discharges.total).toEqual(shown(10));
    expect(report.discharges.byReason.moved).toEqual(HIDDEN);
    expect(report.discharges.byReason.in_work).toEqual(HIDDEN);
    expect(report.discharges.byReason.died).toEqual(shown(0));
  });
});
