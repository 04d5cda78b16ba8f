import { ExpansionCard } from '@navikt/ds-react';
import type { Definition } from '../../api/use-outcomes.ts';
import { useI18n } from '../../i18n/use-t.ts';

/** Every figure's definition as the domain states it, the same text as in the exports and the PDF. */
export function DefinitionsPanel({ definitions }: { definitions: Definition[] }) {
  const { t, lang } = useI18n();
  return (
    <ExpansionCard aria-label={t.outcomes.definitions.heading} size="small" data-testid="definitions">
      <ExpansionCard.Header>
        <ExpansionCard.Title as="h2" size="small">
          {t.outcomes.definitions.heading}
        </ExpansionCard.Title>
      </ExpansionCard.Header>
      <ExpansionCard.Content>
        <dl className="definition-list">
          {definitions.map((d) => (
            <div key={d.id}>
              <dt>{d.name[lang]}</dt>
              <dd>{d.definition[lang]}</dd>
            </div>
          ))}
        </dl>
      </ExpansionCard.Content>
    </ExpansionCard>
  );
}
