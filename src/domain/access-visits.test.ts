import { describe, expect, it } from 'vitest';
import { groupVisits, type LogEvent, seenKind } from './access-visits.ts';

/** Minutes from the moment the test's clock stands on. */
const start = Date.now();
const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();

const kari = { name: 'Kari Nilsen', role: 'job_specialist', organisation: 'NAV Bodø' };
const anne = { name: 'Anne Larsen', role: 'nav_adviser', organisation: 'NAV Bodø' };

const event = (
  minutes: number,
  actor: LogEvent['actor'],
  view: string | null,
  more: Partial<LogEvent> = {},
): LogEvent => ({
  at: at(minutes),
  actor,
  action: 'read',
  view,
  decision: 'allow',
  breakTheGlass: false,
  ...more,
});

describe('groupVisits', () => {
  it('joins consecutive events by the same person within 30 minutes into one visit', () => {
    const visits = groupVisits([
      event(0, kari, null),
      event(1, kari, 'casework'),
      event(20, kari, 'consents'),
      event(45, kari, 'casework'),
    ]);
    expect(visits).toHaveLength(1);
    expect(visits[0]?.seen).toEqual(['record', 'job_plan', 'consents']);
    expect(visits[0]?.from).toBe(at(0));
    expect(visits[0]?.to).toBe(at(45));
  });

  it('starts a new visit after a pause longer than the gap, or when someone else comes between', () => {
    const visits = groupVisits([
      event(0, kari, 'casework'),
      event(31, kari, 'casework'),
      event(32, anne, null),
      event(33, kari, 'casework'),
    ]);
    expect(visits.map((v) => [v.actor.name, v.events.length])).toEqual([
      ['Kari Nilsen', 1],
      ['Kari Nilsen', 1],
      ['Anne Larsen', 1],
      ['Kari Nilsen', 1],
    ]);
  });

  it('reads the log newest first as well as oldest first', () => {
    const visits = groupVisits([event(10, kari, 'consents'), event(0, kari, null)]);
    expect(visits).toHaveLength(1);
    expect([visits[0]?.from, visits[0]?.to]).toEqual([at(0), at(10)]);
  });

  it('says a refused access as refused, not as seen, and keeps the break-the-glass flag', () => {
    const [visit] = groupVisits([
      event(0, anne, null, { decision: 'deny' }),
      event(2, anne, 'casework', { breakTheGlass: true }),
    ]);
    expect(visit?.refused).toBe(true);
    expect(visit?.seen).toEqual(['job_plan']);
    expect(visit?.breakTheGlass).toBe(true);
  });
});

describe('seenKind', () => {
  it('names what an event did from its action and view', () => {
    expect(seenKind({ action: 'read', view: 'casework' })).toBe('job_plan');
    expect(seenKind({ action: 'list', view: 'caseload' })).toBe('listed');
    expect(seenKind({ action: 'read', view: null })).toBe('record');
    expect(seenKind({ action: 'update', view: 'contact' })).toBe('changed');
    expect(seenKind({ action: 'export', view: 'gdpr_export' })).toBe('export');
    expect(seenKind({ action: 'login', view: null })).toBe('other');
  });
});
