import { CASEWORK_SETTING_RANGES } from '../../../domain/casework-settings.ts';
import type { CaseworkSettingsChanges, CaseworkSettingsValues } from '../../api/ips-unit-types.ts';
import type { Messages } from '../../i18n/nb.ts';
import { parseNumber } from '../casework/field-rules.ts';

export type SettingKey = keyof CaseworkSettingsValues;
export type SettingsText = Record<SettingKey, string>;

/** Display order: follow-up first, then quality measures. */
export const SETTING_KEYS = Object.keys(CASEWORK_SETTING_RANGES) as SettingKey[];

export const settingFieldId = (key: SettingKey) => `casework-setting-${key}`;

/** Numbers as shown in the fields, with a decimal comma in bokmål. */
export function settingsText(values: CaseworkSettingsValues, decimalComma: boolean): SettingsText {
  const show = (n: number) => (decimalComma ? String(n).replace('.', ',') : String(n));
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, show(values[k])])) as SettingsText;
}

/** A field's error, naming it and its allowed range; an empty field means "use the default". */
function settingError(key: SettingKey, text: string, t: Messages): string | undefined {
  const s = t.unit.settings;
  const { min, max, whole } = CASEWORK_SETTING_RANGES[key];
  const n = parseNumber(text);
  if (n === null) return undefined;
  const label = s.fields[key];
  if (Number.isNaN(n)) return s.errors.number(label, min, max);
  if (n < min || n > max) return s.errors.range(label, min, max);
  return whole && !Number.isInteger(n) ? s.errors.whole(label, min, max) : undefined;
}

/** The value a field stands for: the number typed, or the default when left empty. */
function effective(v: SettingsText, key: SettingKey, defaults: CaseworkSettingsValues): number {
  return parseNumber(v[key]) ?? defaults[key];
}

export function validateSettings(
  v: SettingsText,
  defaults: CaseworkSettingsValues,
  t: Messages,
): Partial<Record<SettingKey, string>> {
  const errors: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    const error = settingError(key, v[key], t);
    if (error) errors[key] = error;
  }
  const low = effective(v, 'communityShareGuidelineMin', defaults);
  const high = effective(v, 'communityShareGuidelineMax', defaults);
  if (!errors.communityShareGuidelineMin && !errors.communityShareGuidelineMax && low > high) {
    errors.communityShareGuidelineMax = t.unit.settings.errors.guidelineOrder(
      t.unit.settings.fields.communityShareGuidelineMax,
    );
  }
  return errors;
}

/**
 * Only the thresholds that change, as the API records each: a number typed, or null for a field
 * left empty whose current value is not the default (the programme's choice is dropped).
 */
export function settingsChanges(
  v: SettingsText,
  current: CaseworkSettingsValues,
  defaults: CaseworkSettingsValues,
): CaseworkSettingsChanges {
  const changes: CaseworkSettingsChanges = {};
  for (const key of SETTING_KEYS) {
    const n = parseNumber(v[key]);
    if (n === null) {
      if (current[key] !== defaults[key]) changes[key] = null;
    } else if (n !== current[key]) changes[key] = n;
  }
  return changes;
}
