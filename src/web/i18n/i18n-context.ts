import { createContext } from 'react';
import type { Messages } from './nb.ts';

export type Lang = 'nb' | 'en';

export interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Messages;
}

export const I18nContext = createContext<I18nValue | null>(null);
