import { Provider as AkselProvider } from '@navikt/ds-react';
import { en as akselEn, nb as akselNb } from '@navikt/ds-react/locales';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { en } from './en.ts';
import { I18nContext, type I18nValue, type Lang } from './i18n-context.ts';
import { nb } from './nb.ts';

const STORAGE_KEY = 'ips.lang';
const messages = { nb, en };
const akselLocales = { nb: akselNb, en: akselEn };

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nb';
  } catch {
    // Storage can be blocked (privacy settings); the default language still works.
    return 'nb';
  }
}

/** Holds the chosen language, persists it, mirrors it to <html lang> and to Aksel's own texts. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18nValue>(
    () => ({
      lang,
      t: messages[lang],
      setLang: (next) => {
        setLangState(next);
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Not persisted when storage is blocked; the switch still applies to this visit.
        }
      },
    }),
    [lang],
  );

  return (
    <I18nContext.Provider value={value}>
      <AkselProvider locale={akselLocales[lang]}>{children}</AkselProvider>
    </I18nContext.Provider>
  );
}
