import { BodyShort, VStack } from '@navikt/ds-react';
import type { HTMLAttributes, ReactNode } from 'react';

export interface CardField {
  label: string;
  value: ReactNode;
}

interface Props<R> {
  /** The list's accessible name, as the table's on a wide screen. */
  label: string;
  testId: string;
  items: readonly R[];
  itemKey: (item: R) => string;
  /** The card's first line, what the table's row header holds. */
  title: (item: R) => ReactNode;
  fields: (item: R) => CardField[];
  /** Buttons under the fields (the table's action column). */
  actions?: (item: R) => ReactNode;
  /** data-testid and the like of each card, as the table's rows have them. */
  itemProps?: (item: R) => HTMLAttributes<HTMLLIElement> & Record<`data-${string}`, string | undefined>;
}

/**
 * A table's rows as cards, for a phone: each row's header on top and its cells as labelled lines,
 * so nothing runs off the screen and nothing has to scroll sideways.
 */
export function CardList<R>({ label, testId, items, itemKey, title, fields, actions, itemProps }: Props<R>) {
  return (
    <ul aria-label={label} className="card-list" data-testid={testId}>
      {items.map((item) => {
        const props = itemProps?.(item) ?? {};
        return (
          <li key={itemKey(item)} {...props} className={`card ${props.className ?? ''}`.trim()}>
            <VStack gap="space-8">
              <BodyShort as="div" weight="semibold">
                {title(item)}
              </BodyShort>
              <dl className="detail-list card-fields">
                {fields(item).map((field) => (
                  <div key={field.label} className="detail-list__row">
                    <dt>{field.label}</dt>
                    <dd>{field.value}</dd>
                  </div>
                ))}
              </dl>
              {actions?.(item)}
            </VStack>
          </li>
        );
      })}
    </ul>
  );
}
