import { describe, expect, it } from 'vitest';
import { type AgendaEntry, agendaUntil, buildAgenda, nextAppointment, reportDueThisWeek } from './agenda.ts';
import { addDays } from './employment.ts';

/** The day the test's clock stands on: any day, so nothing depends on a calendar date. */
const today = new Date().toISOString().slice(0, 10);
const day = (n: number) => addDays(today, n);

const entry = (kind: AgendaEntry['kind'], date: string, name: string | null, text = 'x'): AgendaEntry => ({
  kind,
  date,
  participant: name ? { id: name, name } : null,
  text,
  employer: null,
  specialist: null,
});

describe('buildAgenda', () => {
  it('covers today and the six days after it, leaving out the past and what lies beyond', () => {
    const agenda = buildAgenda(
      [
        entry('next_step', day(-1), 'Past'),
        entry('next_step', day(0), 'Today'),
        entry('next_step', day(6), 'Last'),
        entry('next_step', day(7), 'Beyond'),
      ],
      today,
    );
    expect(agenda.until).toBe(day(6));
    expect(agenda.days.map((d) => [d.date, d.today, d.entries.map((e) => e.participant?.name)])).toEqual([
      [day(0), true, ['Today']],
      [day(6), false, ['Last']],
    ]);
  });

  it('orders a day by kind (team meetings first), then participant, whatever the input order', () => {
    const agenda = buildAgenda(
      [
        entry('consent_expiry', day(2), 'Anne'),
        entry('next_step', day(2), 'Øystein'),
        entry('next_step', day(2), 'Bjørn'),
        entry('team_meeting', day(2), null, 'FACT-team'),
        entry('job_start', day(1), 'Cecilie'),
      ],
      today,
    );
    expect(
      agenda.days.map((d) => d.entries.map((e) => `${e.kind}:${e.participant?.name ?? e.text}`)),
    ).toEqual([
      ['job_start:Cecilie'],
      ['team_meeting:FACT-team', 'next_step:Bjørn', 'next_step:Øystein', 'consent_expiry:Anne'],
    ]);
  });

  it('puts a report falling due after job starts and before consents running out', () => {
    const agenda = buildAgenda(
      [
        entry('consent_expiry', day(3), 'Anne'),
        entry('report_due', day(3), 'Anne'),
        entry('job_start', day(3), 'Anne'),
      ],
      today,
    );
    expect(agenda.days[0]?.entries.map((e) => e.kind)).toEqual(['job_start', 'report_due', 'consent_expiry']);
  });

  it('is empty when nothing is dated this week', () => {
    expect(buildAgenda([], today).days).toEqual([]);
    expect(agendaUntil(today)).toBe(day(6));
  });
});

describe('nextAppointment', () => {
  const step = (contactDaysAgo: number, text: string | null, inDays: number | null) => ({
    contactDate: day(-contactDaysAgo),
    nextStep: text,
    nextStepDate: inDays === null ? null : day(inDays),
  });

  it('is the newest contact’s next step when it is dated today or later', () => {
    expect(nextAppointment([step(10, 'Gammel avtale', 5), step(2, 'Møte på NAV', 3)], today)).toEqual({
      text: 'Møte på NAV',
      date: day(3),
    });
    expect(nextAppointment([step(1, 'I dag', 0)], today)).toEqual({ text: 'I dag', date: day(0) });
  });

  it('is none when the step in force is past or undated, or no contact names one', () => {
    expect(nextAppointment([step(10, 'Senere', 5), step(2, 'Forbi', -1)], today)).toBeNull();
    expect(nextAppointment([step(2, 'Udatert', null)], today)).toBeNull();
    expect(nextAppointment([step(2, null, null)], today)).toBeNull();
  });
});

describe('reportDueThisWeek', () => {
  it('is due the interval after her referral while no report is final', () => {
    expect(reportDueThisWeek({ referralDate: day(-88), lastFinalPeriodTo: null }, 91, today)).toBe(day(3));
  });
  it('counts from the newest finalised report’s period end when there is one', () => {
    const p = { referralDate: day(-400), lastFinalPeriodTo: day(-85) };
    expect(reportDueThisWeek(p, 91, today)).toBe(day(6));
  });
  it('leaves out a report due before today (overdue: not the week ahead) or after the week', () => {
    expect(reportDueThisWeek({ referralDate: day(-92), lastFinalPeriodTo: null }, 91, today)).toBeNull();
    expect(reportDueThisWeek({ referralDate: day(-84), lastFinalPeriodTo: null }, 91, today)).toBeNull();
  });
});
