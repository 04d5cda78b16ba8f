import type {
  ActivityEvent,
  ContactEvent,
  EmployerContactEvent,
  JobSpell,
  ParticipantHistory,
  SpecialistSpell,
  StageEvent,
} from '../../src/domain/outcomes/history.ts';

/**
 * Small builders for constructed participant histories: tests of the outcome metrics state only what
 * a case is about (a referral, a job, a discharge), the rest takes a neutral default.
 */
export function history(
  participantId: string,
  referralDate: string,
  over: Partial<ParticipantHistory> = {},
): ParticipantHistory {
  return {
    participantId,
    programmeId: 'prog-1',
    jobSpecialistId: 'js-1',
    track: 'standard',
    sex: 'female',
    birthDate: '1990-05-05',
    referralDate,
    referralSource: 'nav',
    employedAtReferral: false,
    stages: [referred(referralDate)],
    jobs: [],
    employerContacts: [],
    contacts: [],
    ...over,
  };
}

let jobs = 0;

/** An ordinary competitive, hourly paid job of 20 hours a week unless told otherwise. */
export function job(startDate: string, endDate: string | null, over: Partial<JobSpell> = {}): JobSpell {
  jobs += 1;
  return {
    jobId: `job-${jobs}`,
    employmentType: 'ordinary_competitive',
    wageType: 'hourly',
    hoursPerWeek: 20,
    startDate,
    endDate,
    ...over,
  };
}

export function referred(date: string): StageEvent {
  return { stage: 'referred', date, dischargeReason: null };
}

export function stage(s: StageEvent['stage'], date: string): StageEvent {
  return { stage: s, date, dischargeReason: null };
}

export function discharged(date: string, reason: string): StageEvent {
  return { stage: 'discharged', date, dischargeReason: reason };
}

export function employerContact(date: string, faceToFace: boolean): EmployerContactEvent {
  return { date, faceToFace };
}

export function faceToFace(date: string): EmployerContactEvent {
  return employerContact(date, true);
}

/** A contact with the participant, held face to face unless told otherwise. */
export function contact(date: string, over: Partial<Omit<ContactEvent, 'date'>> = {}): ContactEvent {
  return { date, counterpart: 'participant', mode: 'face_to_face', outcome: 'held', ...over };
}

export function spell(userId: string, startDate: string, endDate: string | null, fte = 1): SpecialistSpell {
  return { userId, programmeId: 'prog-1', startDate, endDate, fte, endReason: endDate ? 'other' : null };
}

export function minutes(
  date: string,
  place: ActivityEvent['place'],
  n: number,
  userId = 'js-1',
): ActivityEvent {
  return { userId, programmeId: 'prog-1', date, place, minutes: n };
}
