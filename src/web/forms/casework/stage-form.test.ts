import { describe, expect, it } from 'vitest';
import type { StageTransition } from '../../api/casework-types.ts';
import { caseworkNb } from '../../i18n/areas/casework-nb.ts';
import { lastTransitionDate, pausedFrom, stageBody, stageChoices, validateStage } from './stage-form.ts';

const tr = (
  stage: StageTransition['stage'],
  effectiveDate: string,
  recordedAt = `${effectiveDate}T10:00:00Z`,
) =>
  ({
    id: `${stage}-${effectiveDate}`,
    stage,
    effectiveDate,
    dischargeReason: null,
    note: null,
    recordedBy: null,
    recordedAt,
  }) satisfies StageTransition;

const TODAY = '2026-05-10';

describe('the stage form', () => {
  it('finds the stage before a pause whatever order the transitions come in', () => {
    const transitions = [
      tr('paused', '2026-04-01'),
      tr('referred', '2026-01-05'),
      tr('job_search', '2026-02-01'),
    ];
    expect(pausedFrom(transitions)).toBe('job_search');
    expect(stageChoices('paused', transitions)[0]).toBe('job_search');
  });

  it('orders two changes on one day by when they were recorded', () => {
    const transitions = [
      tr('paused', '2026-04-01', '2026-04-01T12:00:00Z'),
      tr('career_profile', '2026-04-01', '2026-04-01T09:00:00Z'),
    ];
    expect(pausedFrom(transitions)).toBe('career_profile');
  });

  it('has no paused-from stage when the participant is not paused', () => {
    expect(pausedFrom([tr('referred', '2026-01-05')])).toBeNull();
  });

  it('offers forward stages and a pause from an active stage', () => {
    expect(stageChoices('first_meeting', [])).toEqual(['career_profile', 'job_search', 'in_work', 'paused']);
  });

  it('refuses a date before the newest change or in the future', () => {
    const facts = { today: TODAY, lastDate: { date: '2026-03-01', shown: '01.03.2026' } };
    expect(
      validateStage({ stage: 'job_search', effectiveDate: '2026-02-28', note: '' }, caseworkNb, facts),
    ).toEqual({
      effectiveDate: caseworkNb.validation.dateBefore(caseworkNb.stage.effectiveDate, '01.03.2026'),
    });
    expect(
      validateStage({ stage: 'job_search', effectiveDate: '2026-05-11', note: '' }, caseworkNb, facts)
        .effectiveDate,
    ).toBe(caseworkNb.validation.dateInFuture(caseworkNb.stage.effectiveDate));
    expect(validateStage({ stage: '', effectiveDate: TODAY, note: '' }, caseworkNb, facts)).toEqual({
      stage: caseworkNb.validation.choose(caseworkNb.stage.stageField),
    });
  });

  it('leaves an empty note out of the body', () => {
    expect(stageBody({ stage: 'paused', effectiveDate: TODAY, note: '  ' })).toEqual({
      stage: 'paused',
      effectiveDate: TODAY,
      note: undefined,
    });
    expect(lastTransitionDate([tr('referred', '2026-01-05'), tr('first_meeting', '2026-02-01')])).toBe(
      '2026-02-01',
    );
  });
});
