import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import { cellText } from '../../../domain/outcomes/suppression.ts';
import type { SurveyResults } from '../../api/use-survey-results.ts';
import { useT } from '../../i18n/use-t.ts';
import { ResponsiveTable } from '../responsive-table.tsx';
import { likertOptions } from './likert-options.ts';

type Aggregate = NonNullable<SurveyResults['items']>[number];
type Item = SurveyResults['sections'][number]['items'][number];

interface Row {
  category: string;
  label: string;
  text: string;
}

function labelOf(item: Item, category: string, likertWords: readonly string[]): string {
  const options =
    item.kind === 'likert' ? likertOptions(item, likertWords) : 'options' in item ? item.options : [];
  return options.find((o) => o.id === category)?.text ?? category;
}

/** One item's answers as counts, a withheld cell as "<k". */
export function SurveyItemTable({
  item,
  aggregate,
  threshold,
}: {
  item: Item;
  aggregate: Aggregate;
  threshold: number;
}) {
  const t = useT().surveys;
  const rows: Row[] = aggregate.categories.map((category, i) => ({
    category,
    label: labelOf(item, category, t.likert),
    text: aggregate.cells[i] ? cellText(aggregate.cells[i], threshold) : '–',
  }));
  rows.push({ category: 'answered', label: t.answered, text: cellText(aggregate.answered, threshold) });
  return (
    <VStack gap="space-8">
      <Heading level="3" size="xsmall">
        {item.text}
      </Heading>
      {item.kind === 'free_text' && <BodyShort>{t.freeText}</BodyShort>}
      <ResponsiveTable
        label={item.text}
        testId={`survey-item-${item.id}`}
        items={rows}
        itemKey={(r) => r.category}
        header={{ label: t.answer, value: (r) => r.label }}
        columns={[{ label: t.count, value: (r) => r.text }]}
      />
    </VStack>
  );
}
