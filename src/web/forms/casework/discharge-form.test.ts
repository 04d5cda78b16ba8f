import { describe, expect, it } from 'vitest';
import type { ParticipantContact } from '../../api/casework-types.ts';
import { outreachAttempts, outreachCheck } from './discharge-form.ts';

const contact = (contactDate: string, outcome: ParticipantContact['outcome']): ParticipantContact => ({
  id: `${contactDate}-${outcome}`,
  contactDate,
  counterpart: 'participant',
  mode: 'phone',
  outcome,
  jobId: null,
  note: null,
  nextStep: null,
  nextStepDate: null,
  category: 'job_plan',
});

const contacts = [
  contact('2026-05-01', 'outreach_attempt'),
  contact('2026-02-09', 'outreach_attempt'),
  contact('2026-02-08', 'outreach_attempt'),
  contact('2026-05-02', 'no_show'),
  contact('2026-05-20', 'outreach_attempt'),
];

describe('outreach before a lost-contact discharge', () => {
  it('counts only outreach attempts in the 90 days up to the discharge date', () => {
    // 2026-05-10 minus 90 days is 2026-02-09: that day counts, the day before and later ones do not.
    expect(outreachAttempts(contacts, '2026-05-10')).toBe(2);
  });

  it('holds the discharge back until enough attempts are documented', () => {
    const values = { reason: 'lost_contact', effectiveDate: '2026-05-10', note: '' };
    expect(outreachCheck(values, contacts, 3, '2026-05-10')).toEqual({
      found: 2,
      required: 3,
      enough: false,
    });
    expect(outreachCheck(values, contacts, 2, '2026-05-10')?.enough).toBe(true);
  });

  it('asks nothing of other reasons', () => {
    expect(
      outreachCheck({ reason: 'moved', effectiveDate: '2026-05-10', note: '' }, [], 3, '2026-05-10'),
    ).toBeNull();
  });

  it('counts up to today while the date is still empty', () => {
    expect(
      outreachCheck({ reason: 'lost_contact', effectiveDate: '', note: '' }, contacts, 3, '2026-05-20')
        ?.found,
    ).toBe(2);
  });
});
