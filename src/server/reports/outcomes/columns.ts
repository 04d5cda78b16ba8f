import type { Label } from '../../../domain/code-lists.ts';
import { definitionOf, type MetricId } from '../../../domain/outcomes/definitions.ts';
import type { PublishedFigures } from '../../../domain/outcomes/publish.ts';
import { type Cell, cellText } from '../../../domain/outcomes/suppression.ts';

export type ExportLang = keyof Label;

/** How a column of published figures is printed: a count, a share in per cent, or weeks. */
type Kind = 'count' | 'share' | 'weeks';

export interface ExportColumn {
  key: keyof PublishedFigures;
  metric: MetricId;
  kind: Kind;
  /** Set where the column is a variant of its metric and needs its own heading. */
  heading?: Label;
}

/**
 * The columns of every outcome export in one order, each named by its metric so that the heading and
 * the definitions sheet read the same list as the dashboard's definitions panel.
 */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { key: 'activeCaseload', metric: 'active_caseload', kind: 'count' },
  { key: 'referrals', metric: 'referrals', kind: 'count', heading: { nb: 'Henvisninger', en: 'Referrals' } },
  { key: 'firstJobStarts', metric: 'first_job_starts', kind: 'count' },
  { key: 'jobStarts', metric: 'job_starts', kind: 'count' },
  { key: 'wageSubsidisedStarts', metric: 'wage_subsidised_starts', kind: 'count' },
  { key: 'employmentRateUsLc', metric: 'employment_rate_us_lc', kind: 'share' },
  { key: 'employmentRateIpsGrow', metric: 'employment_rate_ips_grow', kind: 'share' },
  { key: 'retention13', metric: 'retention_13_weeks', kind: 'share' },
  { key: 'medianTenureWeeks', metric: 'job_tenure', kind: 'weeks' },
  { key: 'medianWeeksToEmployerContact', metric: 'time_to_employer_contact', kind: 'weeks' },
  { key: 'medianWeeksToJob', metric: 'time_to_job', kind: 'weeks' },
  { key: 'discharges', metric: 'discharges', kind: 'count' },
  {
    key: 'dischargedInWork',
    metric: 'discharges',
    kind: 'share',
    heading: { nb: 'Avsluttet i arbeid', en: 'Discharged in work' },
  },
  { key: 'communityShare', metric: 'community_share', kind: 'share' },
];

const UNIT: Record<Kind, Label> = {
  count: { nb: '', en: '' },
  share: { nb: ' (%)', en: ' (%)' },
  weeks: { nb: ' (uker, median)', en: ' (weeks, median)' },
};

export function columnHeading(column: ExportColumn, lang: ExportLang): string {
  const name = (column.heading ?? definitionOf(column.metric).name)[lang];
  return `${name}${UNIT[column.kind][lang]}`;
}

/** Shares in per cent with one decimal; weeks with one decimal; counts as they are. */
function formatValue(kind: Kind, value: number): string {
  if (kind === 'share') return (value * 100).toFixed(1);
  if (kind === 'weeks') return value.toFixed(1);
  return String(value);
}

/** The printed text of one figure: "<5" when withheld, "–" when there is nothing to show. */
export function figureText(figures: PublishedFigures, column: ExportColumn, threshold: number): string {
  const raw = figures[column.key];
  const cell: Cell = typeof raw === 'number' || raw === null ? { value: raw, suppressed: false } : raw;
  return cellText(cell, threshold, (n) => formatValue(column.kind, n));
}

export function suppressionNote(threshold: number, lang: ExportLang): string {
  return lang === 'nb'
    ? `«<${threshold}» betyr at tallet er skjult fordi færre enn ${threshold} personer står bak det, eller fordi det ellers kunne regnes ut fra summene. Andeler og medianer er skjult på samme grunnlag.`
    : `"<${threshold}" means the figure is withheld because fewer than ${threshold} people lie behind it, or because it could otherwise be worked out from the totals. Shares and medians are withheld on the same grounds.`;
}
