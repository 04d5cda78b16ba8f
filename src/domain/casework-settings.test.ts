import { describe, expect, it } from 'vitest';
import { applySettingsChanges, caseworkSettings, DEFAULT_CASEWORK_SETTINGS } from './casework-settings.ts';

describe('a programme’s casework settings', () => {
  it('stores a number as the programme’s choice and drops one set to null, so the default applies', () => {
    const stored = { rapidSearchDays: 14, caseloadMax: 15 };
    const next = applySettingsChanges(stored, { rapidSearchDays: null, followAlongFirstDays: 5 });
    expect(next).toEqual({ caseloadMax: 15, followAlongFirstDays: 5 });
    expect(caseworkSettings(next).rapidSearchDays).toBe(DEFAULT_CASEWORK_SETTINGS.rapidSearchDays);
    expect(stored).toEqual({ rapidSearchDays: 14, caseloadMax: 15 });
  });
});
