import { describe, expect, it } from 'vitest';
import type { BenefitsPlan } from '../../api/casework-types.ts';
import { caseworkNb } from '../../i18n/areas/casework-nb.ts';
import { emptyJob, hasPlanBy, jobBody, validateEndJob, validateJob } from './job-form.ts';

const TODAY = '2026-05-10';
const plan = (planDate: string) => ({ planDate }) as BenefitsPlan;
const filled = {
  ...emptyJob(),
  employerId: 'emp-1',
  title: ' Kokk ',
  employmentType: 'ordinary_competitive',
  wageType: 'hourly',
  hoursPerWeek: '12,5',
  startDate: '2026-06-01',
};

describe('the job form', () => {
  it('finds a benefits plan only when dated on or before the start', () => {
    expect(hasPlanBy([plan('2026-06-02')], '2026-06-01')).toBe(false);
    expect(hasPlanBy([plan('2026-06-01')], '2026-06-01')).toBe(true);
    expect(hasPlanBy([], '2026-06-01')).toBe(false);
  });

  it('accepts a filled job and sends it trimmed, with hours as a number', () => {
    expect(validateJob(filled, caseworkNb, TODAY)).toEqual({});
    expect(jobBody(filled)).toEqual({
      employerId: 'emp-1',
      title: 'Kokk',
      occupation: undefined,
      employmentType: 'ordinary_competitive',
      wageType: 'hourly',
      hoursPerWeek: 12.5,
      startDate: '2026-06-01',
    });
  });

  it('refuses unpaid competitive work but not unpaid volunteering', () => {
    expect(validateJob({ ...filled, wageType: 'unpaid' }, caseworkNb, TODAY)).toEqual({
      wageType: caseworkNb.validation.unpaidCompetitive,
    });
    expect(
      validateJob({ ...filled, wageType: 'unpaid', employmentType: 'volunteering' }, caseworkNb, TODAY),
    ).toEqual({});
  });

  it('refuses a start more than 60 days ahead', () => {
    expect(validateJob({ ...filled, startDate: '2026-07-10' }, caseworkNb, TODAY)).toEqual({
      startDate: caseworkNb.validation.dateTooFarAhead(caseworkNb.jobs.startDate, 60),
    });
    expect(validateJob({ ...filled, startDate: '2026-07-09' }, caseworkNb, TODAY)).toEqual({});
  });

  it('ends a job no earlier than its start, with a reason', () => {
    const facts = { today: TODAY, startDate: { date: '2026-03-01', shown: '01.03.2026' } };
    expect(
      validateEndJob({ endDate: '2026-02-28', endReason: '', whatWorked: '' }, caseworkNb, facts),
    ).toEqual({
      endDate: caseworkNb.validation.dateBefore(caseworkNb.jobs.endDate, '01.03.2026'),
      endReason: caseworkNb.validation.choose(caseworkNb.jobs.endReasonField),
    });
  });
});
