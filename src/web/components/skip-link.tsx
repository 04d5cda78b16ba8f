import { useT } from '../i18n/use-t.ts';

/** First focusable element on every page; lets keyboard users jump past the header. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main-content">
      {t.app.skipLink}
    </a>
  );
}
