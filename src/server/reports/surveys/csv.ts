import { cellText } from '../../../domain/outcomes/suppression.ts';
import type { SurveyAggregate } from '../../../domain/surveys/aggregate.ts';
import { csvLine } from '../outcomes/csv.ts';

/** A survey's aggregate as CSV, one row per item and answer category; withheld cells as "<5". */
export function surveyCsv(aggregate: Extract<SurveyAggregate, { withheld: false }>): string {
  const header = csvLine(['item', 'category', 'count']);
  const rows = aggregate.items.flatMap((item) => [
    ...item.cells.map((cell, i) =>
      csvLine([item.itemId, item.categories[i] ?? '', cellText(cell, aggregate.threshold)]),
    ),
    csvLine([item.itemId, 'answered', cellText(item.answered, aggregate.threshold)]),
  ]);
  return `\uFEFF${header}${rows.join('')}`;
}
