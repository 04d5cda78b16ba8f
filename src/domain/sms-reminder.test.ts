import { describe, expect, it } from 'vitest';
import { organisationKinds } from './code-lists.ts';
import { decideReminder, FORBIDDEN_TERMS, mentionsForbidden, reminderText } from './sms-reminder.ts';

const now = new Date();
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const facts = { startsAt: inHours(20), place: 'Kafé Kaia, Bodø', phone: '+4799999999', optedOut: false, now };

/** Places a job specialist might type that name a treatment service or health. */
const TELLING_PLACES = [
  'DPS Salten, poliklinikken',
  'Nordlandssykehuset',
  'FACT-teamet',
  'Rusbehandling Nord',
  'Psykiatrisk poliklinikk',
  'NAV Bodø',
  'legekontoret',
];

describe('the SMS reminder text', () => {
  it('says when and where in plain Norwegian, with no name', () => {
    const text = reminderText(inHours(20), 'Kafé Kaia, Bodø');
    expect(text).toMatch(
      /^Hei! Husk avtalen med jobbspesialisten din .+ klokka \d\d[:.]\d\d på Kafé Kaia, Bodø\./,
    );
    expect(text).not.toMatch(/Ingrid|Solberg/);
  });

  it('never carries a forbidden word, whatever place was typed', () => {
    for (const place of [...TELLING_PLACES, 'Kafé Kaia']) {
      const text = reminderText(inHours(20), place);
      expect(mentionsForbidden(text), `${place} → ${text}`).toBe(false);
      for (const term of FORBIDDEN_TERMS.filter((t) => t.length >= 5))
        expect(text.toLowerCase()).not.toContain(term);
    }
  });

  it('knows the treatment services of the code lists as forbidden', () => {
    for (const label of Object.values(organisationKinds.labels)) {
      if (/helse|psyk|dps|behandl/i.test(label.nb)) expect(mentionsForbidden(label.nb)).toBe(true);
    }
    for (const place of TELLING_PLACES) expect(mentionsForbidden(place), place).toBe(true);
  });

  it('is skipped with a reason for a participant who opted out, has no number, or when it is too late', () => {
    expect(decideReminder({ ...facts, optedOut: true })).toEqual({ send: false, reason: 'opted_out' });
    expect(decideReminder({ ...facts, phone: null })).toEqual({ send: false, reason: 'no_phone' });
    expect(decideReminder({ ...facts, startsAt: inHours(0.5) })).toEqual({ send: false, reason: 'too_late' });
    expect(decideReminder(facts)).toMatchObject({ send: true, to: '+4799999999' });
  });
});
