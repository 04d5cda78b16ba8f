import { BodyShort, Fieldset, HStack, Pagination, Select, VStack } from '@navikt/ds-react';
import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import { type Facets, filterItems, type ListFilter, NO_FILTER, pageOf } from '../layout/list-filter.ts';
import { useNarrow } from '../layout/use-narrow.ts';
import { DateField } from './date-field.tsx';

export interface FilterChoice {
  label: string;
  /** value → label, in the order to offer them. */
  options: { value: string; label: string }[];
}

interface Props<T> {
  /** Prefix of the filter fields' ids. */
  id: string;
  items: readonly T[];
  facets: Facets<T>;
  type?: FilterChoice;
  counterpart?: FilterChoice;
  /** Items to a page; null where the server pages the list itself (the access log). */
  pageSize?: number | null;
  /** The list of one page's items. */
  children: (shown: T[]) => ReactNode;
}

/** Twenty to a page: a day's list on a phone without endless scrolling. */
const PAGE_SIZE = 20;
/** A short list needs no filter. */
const FILTER_FROM = 6;

function ChoiceSelect({
  id,
  choice,
  value,
  onChange,
}: {
  id: string;
  choice: FilterChoice;
  value: string;
  onChange: (v: string) => void;
}) {
  const t = useT();
  return (
    <Select
      id={id}
      label={choice.label}
      size="small"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t.lists.any}</option>
      {choice.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}

/**
 * A long list, filtered by date range, type and counterpart and shown a page at a time. The
 * lists it serves are fetched whole with their record, so filtering and paging are done here.
 */
export function FilteredList<T>({
  id,
  items,
  facets,
  type,
  counterpart,
  pageSize = PAGE_SIZE,
  children,
}: Props<T>) {
  const t = useT();
  const narrow = useNarrow();
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  const shown = filterItems(items, filter, facets);
  const paged = pageOf(shown, page, pageSize ?? Math.max(1, shown.length));
  const set = (key: keyof ListFilter) => (value: string) => {
    setFilter((f) => ({ ...f, [key]: value }));
    setPage(1);
  };

  return (
    <VStack gap="space-12">
      {items.length >= FILTER_FROM && (
        <Fieldset legend={t.lists.filter} size="small">
          <HStack gap="space-12" wrap>
            <DateField
              id={`${id}-from`}
              label={t.lists.from}
              description=""
              value={filter.from}
              error={undefined}
              onChange={set('from')}
            />
            <DateField
              id={`${id}-to`}
              label={t.lists.to}
              description=""
              value={filter.to}
              error={undefined}
              onChange={set('to')}
            />
            {type && (
              <ChoiceSelect id={`${id}-type`} choice={type} value={filter.type} onChange={set('type')} />
            )}
            {counterpart && (
              <ChoiceSelect
                id={`${id}-counterpart`}
                choice={counterpart}
                value={filter.counterpart}
                onChange={set('counterpart')}
              />
            )}
          </HStack>
        </Fieldset>
      )}
      <BodyShort size="small" role="status">
        {paged.total === 0 ? t.lists.noMatch : t.lists.showing(paged.first, paged.last, paged.total)}
      </BodyShort>
      {paged.items.length > 0 && children(paged.items)}
      {paged.pages > 1 && (
        <Pagination
          page={paged.page}
          count={paged.pages}
          onPageChange={setPage}
          size={narrow ? 'xsmall' : 'small'}
          siblingCount={narrow ? 0 : 1}
          boundaryCount={1}
          srHeading={{ tag: 'h4', text: t.lists.pages }}
        />
      )}
    </VStack>
  );
}
