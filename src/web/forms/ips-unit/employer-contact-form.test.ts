import { describe, expect, it } from 'vitest';
import { nb } from '../../i18n/nb.ts';
import {
  employerContactBody,
  emptyEmployerContact,
  validateEmployerContact,
} from './employer-contact-form.ts';

const today = '2026-03-04';
const e = nb.unit.contactForm.errors;
const filled = () => ({
  ...emptyEmployerContact(today),
  faceToFace: 'yes' as const,
  outcome: 'meeting_booked',
});

describe('the employer contact form', () => {
  it('is dated today and needs face to face and an outcome', () => {
    expect(emptyEmployerContact(today).contactDate).toBe(today);
    expect(validateEmployerContact(emptyEmployerContact(today), nb, today)).toEqual({
      faceToFace: e.faceToFace,
      outcome: e.outcome,
    });
  });

  it('refuses a date in the future and asks for the participant once the contact is for one', () => {
    expect(validateEmployerContact({ ...filled(), contactDate: '2026-03-05' }, nb, today)).toEqual({
      contactDate: e.dateFuture,
    });
    expect(validateEmployerContact({ ...filled(), forParticipant: true }, nb, today)).toEqual({
      participantId: e.participant,
    });
  });

  it('sends only what was filled in', () => {
    expect(employerContactBody('emp-1', { ...filled(), faceToFace: 'no', note: '  ' })).toEqual({
      employerId: 'emp-1',
      contactDate: today,
      faceToFace: false,
      outcome: 'meeting_booked',
    });
  });

  it('sends the participant and whether the job matches their wishes', () => {
    const values = {
      ...filled(),
      forParticipant: true,
      participantId: 'p-1',
      matchesPreferences: 'yes' as const,
      contactPersonId: 'cp-1',
      nextStep: ' Ringe tilbake ',
      nextStepDate: '2026-03-10',
    };
    expect(employerContactBody('emp-1', values)).toEqual({
      employerId: 'emp-1',
      contactDate: today,
      faceToFace: true,
      outcome: 'meeting_booked',
      contactPersonId: 'cp-1',
      participantId: 'p-1',
      matchesPreferences: true,
      nextStep: 'Ringe tilbake',
      nextStepDate: '2026-03-10',
    });
  });

  it('drops the participant and the match when the box is unticked again', () => {
    const values = {
      ...filled(),
      forParticipant: false,
      participantId: 'p-1',
      matchesPreferences: 'no' as const,
    };
    expect(employerContactBody('emp-1', values)).not.toHaveProperty('participantId');
    expect(employerContactBody('emp-1', values)).not.toHaveProperty('matchesPreferences');
  });
});
