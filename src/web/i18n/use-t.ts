import { useContext } from 'react';
import { I18nContext, type I18nValue } from './i18n-context.ts';
import type { Messages } from './nb.ts';

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The messages for the current language. */
export function useT(): Messages {
  return useI18n().t;
}
