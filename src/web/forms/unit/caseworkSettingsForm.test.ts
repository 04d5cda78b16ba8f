import { describe, expect, it } from 'vitest';
import { DEFAULT_CASEWORK_SETTINGS } from '../../../domain/casework-settings.ts';
import { nb } from '../../i18n/nb.ts';
import { settingsChanges, settingsText, validateSettings } from './caseworkSettingsForm.ts';

const e = nb.unit.settings.errors;
const current = { ...DEFAULT_CASEWORK_SETTINGS, competitiveMinHoursPerWeek: 4.5 };

describe('the casework settings form', () => {
  it('shows the numbers with a decimal comma in bokmål', () => {
    expect(settingsText(current, true).competitiveMinHoursPerWeek).toBe('4,5');
    expect(settingsText(current, false).competitiveMinHoursPerWeek).toBe('4.5');
  });

  it('accepts the current values as they are', () => {
    expect(validateSettings(settingsText(current, true), nb)).toEqual({});
  });

  it('refuses text, fractions where counts are meant, and values out of range', () => {
    const text = settingsText(current, true);
    expect(
      validateSettings(
        { ...text, caseloadMax: 'tjue', rapidSearchDays: '2,5', employerContactsPerWeek: '51' },
        nb,
      ),
    ).toEqual({ caseloadMax: e.number, rapidSearchDays: e.whole, employerContactsPerWeek: e.range(0, 50) });
  });

  it('refuses a guideline whose upper bound is below its lower one', () => {
    const text = { ...settingsText(current, true), communityShareGuidelineMin: '70' };
    expect(validateSettings(text, nb)).toEqual({ communityShareGuidelineMax: e.guidelineOrder });
  });

  it('sends only the thresholds that changed', () => {
    const text = { ...settingsText(current, true), caseloadMax: '15', competitiveMinHoursPerWeek: '4,5' };
    expect(settingsChanges(text, current)).toEqual({ caseloadMax: 15 });
    expect(settingsChanges(settingsText(current, true), current)).toEqual({});
  });
});
