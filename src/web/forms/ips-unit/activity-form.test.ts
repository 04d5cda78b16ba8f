import { describe, expect, it } from 'vitest';
import { nb } from '../../i18n/nb.ts';
import { activityBody, emptyActivity, validateActivity } from './activity-form.ts';

const today = '2026-03-04';
const e = nb.unit.activityForm.errors;
const filled = () => ({
  ...emptyActivity(today),
  place: 'community' as const,
  activity: 'employer_contact',
  minutes: '60',
});

describe('the activity form', () => {
  it('starts today and asks for place, activity and minutes', () => {
    expect(validateActivity(emptyActivity(today), nb, today)).toEqual({
      place: e.place,
      activity: e.activity,
      minutes: e.minutesRequired,
    });
  });

  it('takes whole minutes from 1 to a full day', () => {
    for (const minutes of ['0', '1441', '1.5', 'en time']) {
      expect(validateActivity({ ...filled(), minutes }, nb, today).minutes).toBe(e.minutesRange);
    }
    expect(validateActivity({ ...filled(), minutes: '1440' }, nb, today)).toEqual({});
  });

  it('refuses a day in the future', () => {
    expect(validateActivity({ ...filled(), entryDate: '2026-03-05' }, nb, today)).toEqual({
      entryDate: e.dateFuture,
    });
  });

  it('sends minutes as a number and leaves out an empty note', () => {
    expect(activityBody({ ...filled(), minutes: ' 90 ', note: ' ' })).toEqual({
      entryDate: today,
      place: 'community',
      activity: 'employer_contact',
      minutes: 90,
    });
  });
});
