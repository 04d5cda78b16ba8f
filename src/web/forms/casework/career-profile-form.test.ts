import { describe, expect, it } from 'vitest';
import type { CareerProfileContent } from '../../api/casework-types.ts';
import { caseworkNb } from '../../i18n/areas/casework-nb.ts';
import {
  emptyEducationRow,
  emptyWorkRow,
  profileBody,
  profileContent,
  profileFields,
  profileValues,
  validateProfile,
} from './career-profile-form.ts';

const content: CareerProfileContent = {
  workHistory: [
    { employer: 'Kafé', title: 'Servitør', from: '2019-08-01', to: '2020-06-30', whatWorked: 'Faste vakter' },
  ],
  education: [{ school: 'Bodø vgs', programme: 'Restaurant', completed: true }],
  educationGoals: 'Fagbrev',
  interests: ['matlaging', 'fotball'],
  strengths: ['punktlig'],
  preferences: { occupations: ['51'], hoursPerWeek: 20.5, places: ['Bodø'] },
  disclosure: 'partial',
  supports: ['regular_checkins'],
};

describe('the career profile form', () => {
  it('gives back the same content it was filled from', () => {
    expect(profileContent(profileValues(content))).toEqual(content);
  });

  it('shows hours the Norwegian way and reads them back', () => {
    const values = profileValues(content);
    expect(values.hoursPerWeek).toBe('20,5');
    expect(profileContent({ ...values, hoursPerWeek: '' }).preferences).toEqual({
      occupations: ['51'],
      places: ['Bodø'],
    });
  });

  it('drops empty rows and empty lines instead of refusing them', () => {
    const values = {
      ...profileValues(null),
      workHistory: [emptyWorkRow()],
      education: [emptyEducationRow()],
      interests: 'lesing\n\n  musikk  \n',
    };
    expect(validateProfile(values, caseworkNb)).toEqual({});
    const body = profileBody(values, null);
    expect(body.basedOnVersion).toBeNull();
    expect(body.content).toMatchObject({ workHistory: [], education: [], interests: ['lesing', 'musikk'] });
    expect(body.content.disclosure).toBe('undecided');
  });

  it('refuses a half-filled row, a bad date and impossible hours', () => {
    const values = {
      ...profileValues(null),
      workHistory: [{ ...emptyWorkRow(), employer: 'Kafé' }],
      education: [{ ...emptyEducationRow(), school: 'Skole', programme: 'Fag', from: '2020-13-01' }],
      hoursPerWeek: '80',
    };
    expect(Object.keys(validateProfile(values, caseworkNb)).sort()).toEqual([
      'education',
      'hoursPerWeek',
      'workHistory',
    ]);
  });

  it('puts education goals first for IPS ung', () => {
    expect(profileFields(true)[0]).toBe('educationGoals');
    expect(profileFields(false)[0]).toBe('workHistory');
  });
});
