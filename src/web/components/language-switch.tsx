import { ToggleGroup } from '@navikt/ds-react';
import { useI18n } from '../i18n/use-t.ts';

/** Norsk/English radio group; each option is marked with its own language for screen readers. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="header-language">
      <ToggleGroup
        size="small"
        value={lang}
        onChange={(value) => setLang(value === 'en' ? 'en' : 'nb')}
        aria-label={t.header.languageLabel}
        data-testid="language-switch"
      >
        <ToggleGroup.Item value="nb" lang="nb" label={t.languages.nb} />
        <ToggleGroup.Item value="en" lang="en" label={t.languages.en} />
      </ToggleGroup>
    </div>
  );
}
