import type { liveIndicatorsNb } from './live-indicators-nb.ts';

/** English texts of the live fidelity indicators. */
export const liveIndicatorsEn: typeof liveIndicatorsNb = {
  heading: 'Fidelity indicators from case data',
  intro: (asOf: string) =>
    `Nine items of the IPS fidelity scale (IPS-25) can be measured from the case records as they are kept. Computed on ${asOf}.`,
  evidenceNote:
    'The indicators are evidence for the fidelity review, not the rating: the reviewers rate after interviews, observation and chart review.',
  label: 'Fidelity indicators per scale item',
  item: 'Item',
  value: 'Value',
  anchor: 'Suggests',
  period: 'Period',
  anchorExact: (anchor: number) => `${anchor} of 5`,
  anchorAtMost: (anchor: number) => `at most ${anchor} of 5`,
  noAnchor: 'No data yet',
  itemName: (section: 'staffing' | 'organisation' | 'services', n: number, title: string) =>
    `${{ staffing: 'Staffing', organisation: 'Organisation', services: 'Services' }[section]} ${n}: ${title}`,
  atMostNote: 'Case data shows only part of this item; the reviewers see the rest.',
  units: {
    participants_per_fte: (v: string) => `${v} per FTE`,
    contacts_per_week: (v: string) => `${v} a week`,
    days: (v: string) => `${v} days`,
    share: (v: string) => v,
  },
  ofWhom: (n: string, d: string) => `${n} of ${d}`,
  periodRange: (from: string, to: string) => (from === to ? from : `${from} – ${to}`),
  records: {
    show: (count: number) => `Show the records (${count})`,
    hide: 'Hide the records',
    label: 'Records behind the indicator',
    who: 'Who',
    date: 'Date',
    value: 'Value',
    detail: 'Detail',
    counts: 'Meets the criterion',
    yes: 'Yes',
    no: 'No',
    withheld: (n: number) => `${n} records are hidden because you have no access to them.`,
    empty: 'No records.',
  },
};
