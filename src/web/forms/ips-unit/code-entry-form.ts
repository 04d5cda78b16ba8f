import type { CodeChangeBody, CodeListEntry } from '../../api/ips-unit-types.ts';
import type { Messages } from '../../i18n/nb.ts';

export const CODE_PATTERN = /^[a-z0-9_]{1,64}$/;
export const LABEL_MAX = 200;

export interface LabelValues {
  nb: string;
  en: string;
  active: boolean;
}

export type LabelField = 'nb' | 'en' | 'active';
export const LABEL_FIELDS: readonly LabelField[] = ['nb', 'en', 'active'];

export const labelValues = (entry: CodeListEntry): LabelValues => ({
  nb: entry.label.nb,
  en: entry.label.en,
  active: entry.active,
});

function labelError(text: string, t: Messages): string | undefined {
  const m = t.unit.codeLists.errors;
  if (!text.trim()) return m.labelRequired;
  return text.trim().length > LABEL_MAX ? m.labelTooLong : undefined;
}

export function validateLabels(v: LabelValues, t: Messages): Partial<Record<LabelField, string>> {
  const errors: Partial<Record<LabelField, string>> = {};
  const nb = labelError(v.nb, t);
  const en = labelError(v.en, t);
  if (nb) errors.nb = nb;
  if (en) errors.en = en;
  return errors;
}

export const labelBody = (v: LabelValues): CodeChangeBody => ({
  nb: v.nb.trim(),
  en: v.en.trim(),
  active: v.active,
});

/** Whether the administrator may retire or restore this code: only where codes carry no rules. */
export const canToggle = (extensible: boolean, entry: CodeListEntry) => extensible || !entry.builtIn;

export interface NewCodeValues {
  code: string;
  nb: string;
  en: string;
}

export type NewCodeField = keyof NewCodeValues;
export const NEW_CODE_FIELDS: readonly NewCodeField[] = ['code', 'nb', 'en'];
export const emptyNewCode = (): NewCodeValues => ({ code: '', nb: '', en: '' });

export function validateNewCode(
  v: NewCodeValues,
  existing: readonly string[],
  t: Messages,
): Partial<Record<NewCodeField, string>> {
  const m = t.unit.codeLists.errors;
  const code = v.code.trim();
  const errors: Partial<Record<NewCodeField, string>> = validateLabels({ ...v, active: true }, t);
  if (!code) errors.code = m.codeRequired;
  else if (!CODE_PATTERN.test(code)) errors.code = m.codePattern;
  else if (existing.includes(code)) errors.code = m.codeTaken;
  return errors;
}

export const newCodeBody = (v: NewCodeValues): CodeChangeBody => ({
  nb: v.nb.trim(),
  en: v.en.trim(),
  active: true,
});
