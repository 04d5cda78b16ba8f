import { describe, expect, it } from 'vitest';
import { stages } from './code-lists.ts';
import { allowedNextStages, isActiveStage, validateDischarge, validateTransition } from './lifecycle.ts';

describe('allowed next stages', () => {
  it('lets forward moves skip stages', () => {
    expect(allowedNextStages('referred')).toEqual([
      'first_meeting',
      'career_profile',
      'job_search',
      'in_work',
      'paused',
    ]);
    expect(allowedNextStages('first_meeting')).toContain('job_search');
  });

  it('moves between job search and work both ways, and does not go back otherwise', () => {
    expect(allowedNextStages('job_search')).toEqual(['in_work', 'paused']);
    expect(allowedNextStages('in_work')).toEqual(['job_search', 'paused']);
    expect(allowedNextStages('career_profile')).not.toContain('first_meeting');
  });

  it('returns from a pause to the stage before it first, or to any active stage', () => {
    expect(allowedNextStages('paused', 'career_profile')).toEqual([
      'career_profile',
      'referred',
      'first_meeting',
      'job_search',
      'in_work',
    ]);
    expect(allowedNextStages('paused', null)).toEqual([
      'referred',
      'first_meeting',
      'career_profile',
      'job_search',
      'in_work',
    ]);
  });

  it('lets a discharged participant re-enter only as referred', () => {
    expect(allowedNextStages('discharged')).toEqual(['referred']);
  });

  it('never offers the same stage or discharge', () => {
    for (const s of stages.codes) {
      expect(allowedNextStages(s)).not.toContain(s);
      expect(allowedNextStages(s)).not.toContain('discharged');
    }
  });

  it('treats every stage but discharged as active', () => {
    expect(stages.codes.filter(isActiveStage)).toEqual([
      'referred',
      'first_meeting',
      'career_profile',
      'job_search',
      'in_work',
      'paused',
    ]);
  });
});

describe('stage transition', () => {
  const base = {
    from: 'first_meeting',
    to: 'job_search',
    effectiveDate: '2026-02-10',
    lastTransitionDate: '2026-02-01',
    referralDate: '2026-01-15',
    today: '2026-03-01',
  } as const;

  it('accepts an allowed move on a valid date', () => {
    expect(validateTransition(base)).toEqual([]);
    expect(validateTransition({ ...base, effectiveDate: '2026-02-01' })).toEqual([]);
    expect(validateTransition({ ...base, effectiveDate: '2026-03-01' })).toEqual([]);
  });

  it('refuses a move that is not allowed, naming both stages', () => {
    const errors = validateTransition({ ...base, from: 'job_search', to: 'first_meeting' });
    expect(errors.map((e) => e.path)).toEqual(['stage']);
    expect(errors[0]?.message).toContain('job_search');
    expect(errors[0]?.message).toContain('first_meeting');
    expect(validateTransition({ ...base, to: 'discharged' }).map((e) => e.path)).toEqual(['stage']);
    expect(validateTransition({ ...base, to: 'first_meeting' }).map((e) => e.path)).toEqual(['stage']);
  });

  it('refuses a date in the future, before the referral or before the last change', () => {
    expect(validateTransition({ ...base, effectiveDate: '2026-03-02' })).toEqual([
      { path: 'effectiveDate', message: 'effectiveDate must not be in the future' },
    ]);
    expect(
      validateTransition({ ...base, effectiveDate: '2026-01-14', lastTransitionDate: '2026-01-15' }),
    ).toEqual([{ path: 'effectiveDate', message: 'effectiveDate must not be before the referral date' }]);
    expect(validateTransition({ ...base, effectiveDate: '2026-01-31' })).toEqual([
      {
        path: 'effectiveDate',
        message: 'effectiveDate must not be before the last stage change (2026-02-01)',
      },
    ]);
  });
});

describe('discharge', () => {
  const base = {
    from: 'job_search',
    effectiveDate: '2026-02-10',
    lastTransitionDate: '2026-02-01',
    today: '2026-03-01',
    reason: 'moved',
    outreachAttempts: 0,
    requiredOutreachAttempts: 3,
  } as const;

  it('accepts a discharge with a reason from an active stage, paused included', () => {
    expect(validateDischarge(base)).toEqual([]);
    expect(validateDischarge({ ...base, from: 'paused' })).toEqual([]);
  });

  it('requires a reason', () => {
    expect(validateDischarge({ ...base, reason: null })).toEqual([
      { path: 'reason', message: 'reason is required: choose a discharge reason' },
    ]);
    expect(validateDischarge({ ...base, reason: ' ' }).map((e) => e.path)).toEqual(['reason']);
  });

  it('refuses to discharge someone already discharged', () => {
    expect(validateDischarge({ ...base, from: 'discharged' }).map((e) => e.path)).toEqual(['stage']);
  });

  it('needs the documented outreach attempts before a discharge for lost contact', () => {
    const lost = { ...base, reason: 'lost_contact', outreachAttempts: 2 };
    const errors = validateDischarge(lost);
    expect(errors.map((e) => e.path)).toEqual(['reason']);
    expect(errors[0]?.message).toContain('missed appointments alone');
    expect(errors[0]?.message).toContain('3 documented outreach attempts are needed and 2 were found');
    expect(validateDischarge({ ...lost, outreachAttempts: 3 })).toEqual([]);
  });

  it('applies the date rules', () => {
    expect(validateDischarge({ ...base, effectiveDate: '2026-03-02' }).map((e) => e.path)).toEqual([
      'effectiveDate',
    ]);
    expect(validateDischarge({ ...base, effectiveDate: '2026-01-31' }).map((e) => e.path)).toEqual([
      'effectiveDate',
    ]);
  });
});
