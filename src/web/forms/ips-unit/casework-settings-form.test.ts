import { describe, expect, it } from 'vitest';
import { DEFAULT_CASEWORK_SETTINGS } from '../../../domain/casework-settings.ts';
import { nb } from '../../i18n/nb.ts';
import { settingsChanges, settingsText, validateSettings } from './casework-settings-form.ts';

const e = nb.unit.settings.errors;
const label = nb.unit.settings.fields;
const defaults = DEFAULT_CASEWORK_SETTINGS;
const current = { ...defaults, competitiveMinHoursPerWeek: 4.5, caseloadMax: 15 };
const validate = (changes: Record<string, string>) =>
  validateSettings({ ...settingsText(current, true), ...changes }, defaults, nb);

describe('the casework settings form', () => {
  it('shows the numbers with a decimal comma in bokmål', () => {
    expect(settingsText(current, true).competitiveMinHoursPerWeek).toBe('4,5');
    expect(settingsText(current, false).competitiveMinHoursPerWeek).toBe('4.5');
  });

  it('accepts the current values as they are', () => {
    expect(validate({})).toEqual({});
  });

  it('refuses a negative number with the field’s name and its allowed range, not “enter a number”', () => {
    expect(validate({ rapidSearchDays: '-3' })).toEqual({
      rapidSearchDays:
        'Dager fra henvisning til første arbeidsgiverkontakt: skriv inn et tall fra 1 til 365.',
    });
  });

  it('names the field in every message, so the error summary lists each by its label', () => {
    const errors = validate({ caseloadMax: 'tjue', rapidSearchDays: '2,5', employerContactsPerWeek: '51' });
    expect(errors).toEqual({
      caseloadMax: e.number(label.caseloadMax, 1, 100),
      rapidSearchDays: e.whole(label.rapidSearchDays, 1, 365),
      employerContactsPerWeek: e.range(label.employerContactsPerWeek, 0, 50),
    });
    for (const [key, message] of Object.entries(errors)) {
      expect(message.startsWith(`${label[key as keyof typeof label]}:`)).toBe(true);
    }
  });

  it('takes an empty field as “use the default”: no error, and null sent to drop the programme’s choice', () => {
    const text = { ...settingsText(current, true), caseloadMax: ' ', rapidSearchDays: '' };
    expect(validateSettings(text, defaults, nb)).toEqual({});
    // caseloadMax was the programme's own 15: dropped; rapidSearchDays already was the default.
    expect(settingsChanges(text, current, defaults)).toEqual({ caseloadMax: null });
  });

  it('refuses a guideline whose upper bound is below its lower one, counting an empty field as its default', () => {
    expect(validate({ communityShareGuidelineMin: '70' })).toEqual({
      communityShareGuidelineMax: e.guidelineOrder(label.communityShareGuidelineMax),
    });
    expect(validate({ communityShareGuidelineMin: '70', communityShareGuidelineMax: '' })).toEqual({
      communityShareGuidelineMax: e.guidelineOrder(label.communityShareGuidelineMax),
    });
  });

  it('sends only the thresholds that changed', () => {
    const text = { ...settingsText(current, true), caseloadMax: '12', competitiveMinHoursPerWeek: '4,5' };
    expect(settingsChanges(text, current, defaults)).toEqual({ caseloadMax: 12 });
    expect(settingsChanges(settingsText(current, true), current, defaults)).toEqual({});
  });
});
