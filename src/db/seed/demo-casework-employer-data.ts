import type { EmploymentType } from '../../domain/code-lists.ts';

/** A kind of job an employer in the demo offers; occupation is a STYRK-08 code from `occupations`. */
export interface Opening {
  type: EmploymentType;
  title: string;
  occupation: string | null;
  wageType: 'hourly' | 'monthly' | 'unpaid' | 'other';
  hours: readonly [number, number];
  hourlyWage: number;
}

export interface DemoEmployer {
  name: string;
  industry: string;
  location: string;
  persons: readonly { name: string; title: string }[];
  openings: readonly Opening[];
}

const ordinary = (title: string, occupation: string, hourlyWage = 205): Opening => ({
  type: 'ordinary_competitive',
  title,
  occupation,
  wageType: 'hourly',
  hours: [8, 30],
  hourlyWage,
});

const subsidised = (title: string, occupation: string, hourlyWage = 200): Opening => ({
  type: 'competitive_wage_subsidy',
  title,
  occupation,
  wageType: 'hourly',
  hours: [15, 30],
  hourlyWage,
});

/** Work practice, VTA, volunteering and education: no wage from the employer, never competitive. */
const withoutWage = (
  type: EmploymentType,
  title: string,
  occupation: string | null,
  wageType: 'unpaid' | 'other',
  hours: readonly [number, number],
): Opening => ({ type, title, occupation, wageType, hours, hourlyWage: 0 });

/** Invented employers in and around Bodø; any likeness to a real business is a coincidence. */
export const DEMO_EMPLOYERS: readonly DemoEmployer[] = [
  {
    name: 'Saltenfisk AS',
    industry: 'Fiskeindustri',
    location: 'Bodø',
    persons: [
      { name: 'Roar Kristiansen', title: 'Produksjonsleder' },
      { name: 'Mette Hagen', title: 'HR-rådgiver' },
    ],
    openings: [ordinary('Produksjonsmedarbeider', '75', 215), subsidised('Fiskeindustriarbeider', '75')],
  },
  {
    name: 'Bodø Bygg og Anlegg AS',
    industry: 'Bygg og anlegg',
    location: 'Bodø',
    persons: [{ name: 'Geir Arntzen', title: 'Daglig leder' }],
    openings: [ordinary('Hjelpearbeider bygg', '93', 220), subsidised('Tømrerlærling', '71', 190)],
  },
  {
    name: 'Nordlysbakeriet AS',
    industry: 'Bakeri',
    location: 'Bodø',
    persons: [{ name: 'Siv Brandvold', title: 'Bakermester' }],
    openings: [ordinary('Bakeriassistent', '75', 200)],
  },
  {
    name: 'Kjerringøy Kafé og Gjestegård AS',
    industry: 'Servering og reiseliv',
    location: 'Kjerringøy',
    persons: [{ name: 'Hilde Storvik', title: 'Driftsleder' }],
    openings: [ordinary('Kjøkkenassistent', '94', 195), ordinary('Servitør', '51', 195)],
  },
  {
    name: 'Salten Lager og Logistikk AS',
    industry: 'Lager og transport',
    location: 'Bodø',
    persons: [
      { name: 'Kjell Nordvik', title: 'Lagersjef' },
      { name: 'Anita Sørensen', title: 'Personalansvarlig' },
    ],
    openings: [ordinary('Lagermedarbeider', '43', 210), subsidised('Truckfører', '83', 210)],
  },
  {
    name: 'Fauske Dagligvare AS',
    industry: 'Dagligvare',
    location: 'Fauske',
    persons: [{ name: 'Tone Bakken', title: 'Butikksjef' }],
    openings: [ordinary('Butikkmedarbeider', '52', 195)],
  },
  {
    name: 'Mørkved Handel AS',
    industry: 'Detaljhandel',
    location: 'Bodø',
    persons: [
      { name: 'Frode Sandnes', title: 'Butikksjef' },
      { name: 'Lise Mathisen', title: 'Assisterende butikksjef' },
    ],
    openings: [
      ordinary('Butikkmedarbeider', '52', 195),
      ordinary('Varepåfyller', '93', 190),
      withoutWage('work_practice', 'Arbeidstrening i butikk', '52', 'other', [15, 20]),
    ],
  },
  {
    name: 'Saltstraumen Sjømat AS',
    industry: 'Havbruk',
    location: 'Saltstraumen',
    persons: [{ name: 'Vidar Olaisen', title: 'Driftsleder' }],
    openings: [ordinary('Havbruksmedarbeider', '62', 225)],
  },
  {
    name: 'Bodø Renhold og Service AS',
    industry: 'Renhold',
    location: 'Bodø',
    persons: [{ name: 'Berit Jensen', title: 'Avdelingsleder' }],
    openings: [ordinary('Renholder', '91', 200), subsidised('Renholder', '91')],
  },
  {
    name: 'Rognan Mekaniske Verksted AS',
    industry: 'Mekanisk industri',
    location: 'Rognan',
    persons: [{ name: 'Terje Bratli', title: 'Verkstedsleder' }],
    openings: [subsidised('Mekanikerassistent', '72', 210)],
  },
  {
    name: 'Salten Turbuss AS',
    industry: 'Persontransport',
    location: 'Bodø',
    persons: [{ name: 'Øystein Moen', title: 'Trafikkleder' }],
    openings: [ordinary('Bussvasker', '91', 205)],
  },
  {
    name: 'Løding Omsorgstjenester AS',
    industry: 'Helse og omsorg',
    location: 'Løding',
    persons: [{ name: 'Randi Eliassen', title: 'Avdelingsleder' }],
    openings: [ordinary('Assistent i bofellesskap', '53', 215)],
  },
  {
    name: 'Bodø Kontorservice AS',
    industry: 'Kontor og administrasjon',
    location: 'Bodø',
    persons: [{ name: 'Camilla Ravn', title: 'Daglig leder' }],
    openings: [
      { ...ordinary('Kontormedarbeider', '41', 220), wageType: 'monthly' },
      ordinary('Kundeservicemedarbeider', '42', 210),
    ],
  },
  {
    name: 'Torvet Kafé AS',
    industry: 'Servering',
    location: 'Bodø',
    persons: [{ name: 'Jonas Lie Holm', title: 'Daglig leder' }],
    openings: [ordinary('Kafémedarbeider', '51', 190)],
  },
  {
    name: 'Nordlys Fagskole AS',
    industry: 'Utdanning',
    location: 'Bodø',
    persons: [{ name: 'Ellen Vik', title: 'Studieveileder' }],
    openings: [withoutWage('education', 'Fagskolestudent, helse og oppvekst', null, 'unpaid', [20, 30])],
  },
  {
    name: 'Vekstbedriften Salten AS',
    industry: 'Arbeidsinkludering',
    location: 'Fauske',
    persons: [{ name: 'Kåre Fjellheim', title: 'Avdelingsleder' }],
    openings: [
      withoutWage('sheltered_vta', 'Montør, varig tilrettelagt arbeid', '82', 'other', [15, 25]),
      withoutWage('work_practice', 'Arbeidstrening på lager', '43', 'other', [15, 20]),
    ],
  },
  {
    name: 'Nordvind Frivilligsentral',
    industry: 'Frivillig organisasjon',
    location: 'Bodø',
    persons: [{ name: 'Marte Lorentzen', title: 'Daglig leder' }],
    openings: [withoutWage('volunteering', 'Frivillig i bruktbutikken', '52', 'unpaid', [4, 8])],
  },
];
