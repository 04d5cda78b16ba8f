import { fiveElementAnchors, shareAnchors } from './elements.ts';
import { ips25Supports } from './ips25-supports.ts';
import { item } from './item-builder.ts';

const diversityCuts = ['Under 50 %', '50–59 %', '60–69 %', '70–84 %', '85 % eller mer'] as const;

/** IPS-25 services items 1–9, paraphrased from the published scale; 10–14 are in ips25-supports.ts. */
export const ips25Services = [
  item(
    'services',
    1,
    ['interview', 'chart_review'],
    ['Veiledning om ytelser og arbeid', 'Work incentives planning'],
    [
      'Alle får grundig, individuell veiledning om hvordan arbeid påvirker ytelser og økonomi før de begynner i ny jobb.',
      'Everyone is offered thorough, individual advice on how work affects their benefits and income before starting a new job.',
    ],
    [
      ['Ingen veiledning om ytelser', 'No advice on benefits'],
      [
        'Veiledning gis av og til, uten opplært fagperson',
        'Advice given now and then, without a trained adviser',
      ],
      ['Noen deltakere får veiledning før jobbstart', 'Some participants get advice before starting work'],
      [
        'De fleste får veiledning, men ikke alltid før jobbstart',
        'Most get advice, but not always before starting work',
      ],
      [
        'Alle tilbys grundig veiledning før jobbstart og ved endringer',
        'Everyone is offered thorough advice before starting and when things change',
      ],
    ],
  ),
  item(
    'services',
    2,
    ['interview', 'chart_review'],
    ['Åpenhet om helse', 'Disclosure'],
    [
      'Jobbspesialisten gir riktig informasjon og hjelper deltakeren å veie fordeler og ulemper ved å fortelle arbeidsgiver om egen helse.',
      'The specialist gives accurate information and helps the participant weigh the pros and cons of telling employers about their health.',
    ],
    [
      ['Åpenhet drøftes ikke', 'Disclosure is not discussed'],
      ['Åpenhet drøftes sjelden eller ensidig', 'Disclosure is discussed rarely or one-sidedly'],
      ['Åpenhet drøftes med noen deltakere', 'Disclosure is discussed with some participants'],
      [
        'Åpenhet drøftes med de fleste før jobbsøket',
        'Disclosure is discussed with most before the job search',
      ],
      [
        'Åpenhet drøftes med alle, før og under jobbsøket',
        'Disclosure is discussed with everyone, before and during the job search',
      ],
    ],
  ),
  item(
    'services',
    3,
    ['interview', 'chart_review'],
    ['Løpende arbeidsbasert kartlegging', 'Ongoing, work-based vocational assessment'],
    [
      'Kartleggingen skjer gjennom arbeidserfaringer og oppdateres løpende i en arbeidsprofil, ikke gjennom tester eller arbeidstrening på forhånd.',
      'Assessment comes from work experience and is updated continually in a vocational profile, not from tests or pre-employment training.',
    ],
    [
      [
        'Kartlegging med tester eller arbeidstrening før jobbsøk',
        'Assessment by tests or pre-employment work training',
      ],
      ['Mest kartlegging i skjermede omgivelser', 'Mostly assessment in sheltered settings'],
      ['Arbeidsprofil, men sjelden oppdatert', 'A vocational profile, rarely updated'],
      ['Arbeidsprofil oppdatert etter noen jobber', 'A vocational profile updated after some jobs'],
      [
        'Arbeidsprofil oppdatert løpende etter hver arbeidserfaring',
        'A vocational profile updated after every work experience',
      ],
    ],
  ),
  item(
    'services',
    4,
    ['chart_review', 'case_data'],
    ['Rask start på jobbsøk', 'Rapid job search for competitive jobs'],
    [
      'Første møte med en arbeidsgiver (deltaker eller jobbspesialist) skjer i snitt innen 30 dager etter oppstart.',
      'The first face-to-face contact with an employer (by participant or specialist) happens on average within 30 days of entry.',
    ],
    [
      ['Over 270 dager i snitt', 'More than 270 days on average'],
      ['151–270 dager i snitt', '151–270 days on average'],
      ['61–150 dager i snitt', '61–150 days on average'],
      ['31–60 dager i snitt', '31–60 days on average'],
      ['30 dager eller mindre i snitt', '30 days or less on average'],
    ],
  ),
  item(
    'services',
    5,
    ['chart_review', 'interview'],
    ['Individuelt tilpasset jobbsøk', 'Individualised job search'],
    [
      'Arbeidsgiverkontaktene bygger på deltakerens egne ønsker, styrker og erfaringer, ikke på hvilke jobber som er lette å få.',
      "Employer contacts follow the participant's own preferences, strengths and experience, not which jobs are easy to get.",
    ],
    shareAnchors(
      ['Under 25 %', '25–49 %', '50–74 %', '75–89 %', '90 % eller mer'],
      [
        'av arbeidsgiverkontaktene bygger på deltakerens ønsker',
        "of employer contacts follow the participant's preferences",
      ],
    ),
  ),
  item(
    'services',
    6,
    ['interview', 'case_data'],
    ['Jobbutvikling: hyppig arbeidsgiverkontakt', 'Job development: frequent employer contact'],
    [
      'Hver jobbspesialist har minst seks personlige møter med arbeidsgivere per uke på vegne av deltakerne.',
      'Each specialist has at least six face-to-face employer contacts a week on behalf of participants.',
    ],
    [
      ['Under 2 arbeidsgiverkontakter per uke', 'Fewer than 2 employer contacts a week'],
      ['2 arbeidsgiverkontakter per uke', '2 employer contacts a week'],
      ['3–4 arbeidsgiverkontakter per uke', '3–4 employer contacts a week'],
      ['5 arbeidsgiverkontakter per uke', '5 employer contacts a week'],
      ['6 eller flere arbeidsgiverkontakter per uke', '6 or more employer contacts a week'],
    ],
  ),
  item(
    'services',
    7,
    ['interview', 'observation'],
    ['Jobbutvikling: kvaliteten på arbeidsgiverkontakten', 'Job development: quality of employer contact'],
    [
      'Fem elementer: flere personlige møter med samme arbeidsgiver; lærer arbeidsgiverens behov; forteller hva IPS kan tilby arbeidsgiveren; beskriver deltakerens styrker som passer; følger opp relasjonen over tid.',
      "Five elements: several face-to-face visits with the same employer; learning the employer's needs; explaining what IPS offers the employer; describing the participant's matching strengths; keeping the relationship up over time.",
    ],
    fiveElementAnchors,
  ),
  item(
    'services',
    8,
    ['case_data', 'chart_review'],
    ['Variasjon i jobbtyper', 'Diversity of job types'],
    [
      'Jobbspesialistene hjelper deltakerne inn i ulike typer jobber etter ønsker, ikke i noen få bransjer.',
      'Specialists help participants into different types of jobs as they wish, not a few trades.',
    ],
    shareAnchors(diversityCuts, ['av jobbene er av ulik type', 'of jobs are of different types']),
  ),
  item(
    'services',
    9,
    ['case_data', 'chart_review'],
    ['Variasjon i arbeidsgivere', 'Diversity of employers'],
    [
      'Deltakerne får jobb hos mange ulike arbeidsgivere, ikke hos noen få faste.',
      'Participants get jobs with many different employers, not a few regular ones.',
    ],
    shareAnchors(diversityCuts, [
      'av jobbene er hos ulike arbeidsgivere',
      'of jobs are with different employers',
    ]),
  ),
  ...ips25Supports,
];
