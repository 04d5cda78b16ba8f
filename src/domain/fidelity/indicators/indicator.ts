import { addDays } from '../../employment.ts';
import type { Period } from '../../outcomes/history.ts';

/** The IPS-25 items case data can measure between reviews (item keys as the scale names them). */
export const LIVE_ITEM_KEYS = [
  'staffing-1',
  'organisation-2',
  'services-4',
  'services-6',
  'services-8',
  'services-9',
  'services-10',
  'services-12',
  'services-13',
] as const;
export type LiveItemKey = (typeof LIVE_ITEM_KEYS)[number];

export function isLiveItemKey(key: string): key is LiveItemKey {
  return (LIVE_ITEM_KEYS as readonly string[]).includes(key);
}

export type Anchor = 1 | 2 | 3 | 4 | 5;

/**
 * An item's thresholds as data: the lowest value (or, where fewer is better, the highest) that
 * still earns each anchor, best anchor first. The first band the value reaches is the suggestion.
 */
export interface AnchorBands {
  better: 'higher' | 'lower';
  bands: readonly { limit: number; anchor: Anchor }[];
  /** The anchor a value below every band earns. */
  floor: Anchor;
}

export function anchorOf(value: number, b: AnchorBands): Anchor {
  for (const band of b.bands) {
    if (b.better === 'higher' ? value >= band.limit : value <= band.limit) return band.anchor;
  }
  return b.floor;
}

/** What the value is counted in. */
export type IndicatorUnit = 'participants_per_fte' | 'share' | 'contacts_per_week' | 'days';

/**
 * One record behind a value: a participant's entry, job or follow-along, or a job specialist's
 * rate. `counts` says whether it meets the item's criterion (the numerator of a share).
 */
export interface IndicatorRecord {
  kind: 'participant' | 'specialist';
  participantId: string | null;
  specialistId: string | null;
  /** The record's own day: the entry, the job start, the last contact. */
  date: string | null;
  /** Days, a rate or a share, as the item measures each record. */
  value: number | null;
  /** An employer, an occupation code or a job title: what diversity is counted over. */
  label: string | null;
  counts: boolean;
}

/**
 * One live indicator: its value, the anchor it suggests and over which records and period. It is
 * evidence for the reviewers, never the rating: `bound` 'at_most' says case data shows only part of
 * the item, so the anchor is the best the item could get.
 */
export interface LiveIndicator {
  itemKey: LiveItemKey;
  unit: IndicatorUnit;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  anchor: Anchor | null;
  bound: 'exact' | 'at_most';
  period: Period;
  records: IndicatorRecord[];
}

/** The last `days` days up to and including `asOf`. */
export function daysUpTo(asOf: string, days: number): Period {
  return { from: addDays(asOf, -(days - 1)), to: asOf };
}

/** Thirteen weeks (91 days) up to `asOf`: the period of the rates and shares of current practice. */
export const RECENT_DAYS = 91;
/** A year up to `asOf`: the jobs that diversity and competitive jobs are counted over. */
export const JOB_DAYS = 365;

export function within(date: string, p: Period): boolean {
  return date >= p.from && date <= p.to;
}

/** A share with its parts, or null when there is nothing to divide. */
export function share(numerator: number, denominator: number) {
  return { value: denominator > 0 ? numerator / denominator : null, numerator, denominator };
}

/** What an item measured: its value and, for a share or a count, the parts. */
export interface Figures {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/**
 * An item fully measured by case data (`bound` exact): the anchor is the band its value reaches.
 * Each item's own file says what it counts; this is the shape every one of them answers in.
 */
export function rated(
  item: { itemKey: LiveItemKey; unit: IndicatorUnit; bands: AnchorBands },
  figures: Figures,
  period: Period,
  records: IndicatorRecord[],
): LiveIndicator {
  const { itemKey, unit, bands } = item;
  const anchor = figures.value === null ? null : anchorOf(figures.value, bands);
  return { itemKey, unit, ...figures, anchor, bound: 'exact', period, records };
}

/** A participant's record: her entry, job or follow-along, under her job specialist. */
export function participantRecord(
  h: { participantId: string; jobSpecialistId: string | null },
  r: { date: string | null; value?: number | null; label?: string | null; counts: boolean },
): IndicatorRecord {
  return {
    kind: 'participant',
    participantId: h.participantId,
    specialistId: h.jobSpecialistId,
    date: r.date,
    value: r.value ?? null,
    label: r.label ?? null,
    counts: r.counts,
  };
}

/** A job specialist's record: her own rate or share, or her week or employment. */
export function specialistRecord(
  specialistId: string,
  r: { date?: string | null; value?: number | null; counts: boolean },
): IndicatorRecord {
  const { date = null, value = null, counts } = r;
  return { kind: 'specialist', participantId: null, specialistId, date, value, label: null, counts };
}
