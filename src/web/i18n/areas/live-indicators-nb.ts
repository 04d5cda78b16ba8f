/** Bokmål texts of the live fidelity indicators (the programme's dashboard and the review page). */
export const liveIndicatorsNb = {
  heading: 'Kvalitetsindikatorer fra saksdata',
  intro: (asOf: string) =>
    `Ni av punktene i IPS-kvalitetsskalaen (IPS-25) kan måles løpende fra journalføringen. Tallene er regnet ut ${asOf}.`,
  evidenceNote:
    'Indikatorene er underlag for fidelitymålingen, ikke selve skåren: skåren settes av fidelitymålerne etter intervjuer, observasjon og journalgjennomgang.',
  label: 'Kvalitetsindikatorer per punkt i skalaen',
  item: 'Punkt',
  value: 'Verdi',
  anchor: 'Tilsvarer',
  period: 'Periode',
  anchorExact: (anchor: number) => `${anchor} av 5`,
  anchorAtMost: (anchor: number) => `høyst ${anchor} av 5`,
  noAnchor: 'Ingen data ennå',
  itemName: (section: 'staffing' | 'organisation' | 'services', n: number, title: string) =>
    `${{ staffing: 'Bemanning', organisation: 'Organisering', services: 'Tjenester' }[section]} ${n}: ${title}`,
  atMostNote: 'Saksdata viser bare en del av punktet; resten ser fidelitymålerne.',
  units: {
    participants_per_fte: (v: string) => `${v} per årsverk`,
    contacts_per_week: (v: string) => `${v} per uke`,
    days: (v: string) => `${v} dager`,
    share: (v: string) => v,
  },
  ofWhom: (n: string, d: string) => `${n} av ${d}`,
  periodRange: (from: string, to: string) => (from === to ? from : `${from}–${to}`),
  records: {
    show: (count: number) => `Vis grunnlaget (${count})`,
    hide: 'Skjul grunnlaget',
    label: 'Grunnlaget for indikatoren',
    who: 'Hvem',
    date: 'Dato',
    value: 'Verdi',
    detail: 'Detalj',
    counts: 'Oppfyller kravet',
    yes: 'Ja',
    no: 'Nei',
    withheld: (n: number) => `${n} oppføringer er skjult fordi du ikke har tilgang til dem.`,
    empty: 'Ingen oppføringer.',
  },
};
