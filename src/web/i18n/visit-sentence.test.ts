import { describe, expect, it } from 'vitest';
import { groupVisits, type LogEvent, type Visit } from '../../domain/access-visits.ts';
import { en } from './en.ts';
import { nb } from './nb.ts';
import { visitSentence } from './visit-sentence.ts';

const now = Date.now();
const kari = { name: 'Kari Nilsen', role: 'job_specialist', organisation: 'NAV Bodø' };
const event = (minutes: number, view: string | null, more: Partial<LogEvent> = {}): LogEvent => ({
  at: new Date(now + minutes * 60_000).toISOString(),
  actor: kari,
  action: 'read',
  view,
  decision: 'allow',
  breakTheGlass: false,
  ...more,
});

/** The one visit the events make. */
function onlyVisit(events: LogEvent[]): Visit {
  const visits = groupVisits(events);
  expect(visits).toHaveLength(1);
  return visits[0] as Visit;
}

describe('visitSentence', () => {
  it('says a visit as the participant would say it', () => {
    const visit = onlyVisit([event(0, 'casework')]);
    expect(visitSentence(nb, 'nb', visit)).toBe('Kari Nilsen, jobbspesialist, NAV Bodø, så jobbplanen din');
  });

  it('lists everything seen in one visit, and what was changed', () => {
    const visit = onlyVisit([
      event(0, 'casework'),
      event(5, 'consents'),
      event(9, 'contact', { action: 'update' }),
    ]);
    expect(visitSentence(nb, 'nb', visit)).toBe(
      'Kari Nilsen, jobbspesialist, NAV Bodø, så jobbplanen din og samtykkene dine og endret noe i opplysningene dine',
    );
    expect(visitSentence(en, 'en', visit)).toBe(
      'Kari Nilsen, job specialist, NAV Bodø, saw your job plan and your consents and changed something in your details',
    );
  });

  it('says a refused visit as refused', () => {
    const visit = onlyVisit([event(0, null, { decision: 'deny' })]);
    expect(visitSentence(nb, 'nb', visit)).toBe(
      'Kari Nilsen, jobbspesialist, NAV Bodø, fikk ikke se opplysningene dine',
    );
  });
});
