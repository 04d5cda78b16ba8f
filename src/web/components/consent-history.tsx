import { ReadMore } from '@navikt/ds-react';
import { dataCategories } from '../../domain/code-lists.ts';
import type { ConsentVersion } from '../api/types.ts';
import { formatDateTime, formatList } from '../i18n/format.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useI18n } from '../i18n/use-t.ts';

/** Earlier versions of a consent, newest first, behind a "read more" so the card stays short. */
export function ConsentHistory({ history }: { history: ConsentVersion[] }) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  return (
    <ReadMore header={t.consents.history(history.length)} size="small">
      <ul className="plain-list">
        {history.map((v) => (
          <li key={v.version}>
            {t.consents.version(v.version, t.consents.changes[v.change], formatDateTime(v.recordedAt, lang))}
            {': '}
            {formatList(
              v.categories.map((code) => label(dataCategories, code)),
              lang,
            )}
          </li>
        ))}
      </ul>
    </ReadMore>
  );
}
