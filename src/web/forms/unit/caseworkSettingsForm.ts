import type { CaseworkSettingsChanges, CaseworkSettingsValues } from '../../api/unit-types.ts';
import type { Messages } from '../../i18n/nb.ts';
import { parseDecimal } from './numbers.ts';

export type SettingKey = keyof CaseworkSettingsValues;
export type SettingsText = Record<SettingKey, string>;

/** Each threshold's allowed range, as the API checks it; `whole` where a fraction makes no sense. */
export const SETTING_RANGES: Record<SettingKey, { min: number; max: number; whole: boolean }> = {
  competitiveMinHoursPerWeek: { min: 0, max: 75, whole: false },
  employerContactsPerWeek: { min: 0, max: 50, whole: true },
  rapidSearchDays: { min: 1, max: 365, whole: true },
  caseloadMax: { min: 1, max: 100, whole: true },
  followAlongFirstDays: { min: 1, max: 90, whole: true },
  followAlongWeeklyUntilDays: { min: 1, max: 365, whole: true },
  followAlongMonthlyDays: { min: 1, max: 365, whole: true },
  consentExpiryWarningDays: { min: 0, max: 365, whole: true },
  outreachAttemptsBeforeDischarge: { min: 1, max: 20, whole: true },
  communityShareGuidelineMin: { min: 0, max: 100, whole: false },
  communityShareGuidelineMax: { min: 0, max: 100, whole: false },
  communityShareAnchor: { min: 0, max: 100, whole: false },
};

/** Display order: follow-up first, then quality measures. */
export const SETTING_KEYS = Object.keys(SETTING_RANGES) as SettingKey[];

export const settingFieldId = (key: SettingKey) => `casework-setting-${key}`;

/** Numbers as shown in the fields, with a decimal comma in bokmål. */
export function settingsText(values: CaseworkSettingsValues, decimalComma: boolean): SettingsText {
  const show = (n: number) => (decimalComma ? String(n).replace('.', ',') : String(n));
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, show(values[k])])) as SettingsText;
}

export function validateSettings(v: SettingsText, t: Messages): Partial<Record<SettingKey, string>> {
  const m = t.unit.settings.errors;
  const errors: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    const { min, max, whole } = SETTING_RANGES[key];
    const n = parseDecimal(v[key]);
    if (n === null) errors[key] = m.number;
    else if (whole && !Number.isInteger(n)) errors[key] = m.whole;
    else if (n < min || n > max) errors[key] = m.range(min, max);
  }
  const low = parseDecimal(v.communityShareGuidelineMin);
  const high = parseDecimal(v.communityShareGuidelineMax);
  if (!errors.communityShareGuidelineMax && low !== null && high !== null && low > high) {
    errors.communityShareGuidelineMax = m.guidelineOrder;
  }
  return errors;
}

/** Only the thresholds that differ from the current ones: the API records each change. */
export function settingsChanges(v: SettingsText, current: CaseworkSettingsValues): CaseworkSettingsChanges {
  const changes: CaseworkSettingsChanges = {};
  for (const key of SETTING_KEYS) {
    const n = parseDecimal(v[key]);
    if (n !== null && n !== current[key]) changes[key] = n;
  }
  return changes;
}
