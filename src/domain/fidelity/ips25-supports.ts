import { fiveElementAnchors, shareAnchors } from './elements.ts';
import { item } from './item-builder.ts';

/** IPS-25 services items 10–14 (the job itself and the support around it), paraphrased from the published scale. */
export const ips25Supports = [
  item(
    'services',
    10,
    ['case_data', 'chart_review'],
    ['Ordinært arbeid', 'Competitive jobs'],
    [
      'Jobbene er ordinære: på det åpne arbeidsmarkedet, med vanlig lønn, og ikke reservert for personer med helseproblemer.',
      'Jobs are competitive: in the open labour market, at ordinary pay, and not set aside for people with health problems.',
    ],
    shareAnchors(
      ['Under 65 %', '65–74 %', '75–84 %', '85–94 %', '95 % eller mer'],
      ['av jobbene er ordinære', 'of jobs are competitive'],
    ),
  ),
  item(
    'services',
    11,
    ['interview', 'chart_review'],
    ['Individuelt tilpasset oppfølging i jobb', 'Individualised follow-along supports'],
    [
      'Deltakerne får oppfølging i jobb tilpasset dem selv og jobben, også støtte til arbeidsgiveren når deltakeren ønsker det.',
      'Participants get support in work shaped to them and the job, including support to the employer when the participant wants it.',
    ],
    [
      ['De fleste får ingen oppfølging i jobb', 'Most get no support once working'],
      ['Oppfølgingen er lik for alle', 'Support is the same for everyone'],
      ['Noe tilpasning av oppfølgingen', 'Some tailoring of the support'],
      ['De fleste får tilpasset oppfølging', 'Most get tailored support'],
      [
        'Alle får tilpasset oppfølging, også mot arbeidsgiver',
        'Everyone gets tailored support, employer support included',
      ],
    ],
  ),
  item(
    'services',
    12,
    ['chart_review', 'case_data'],
    ['Tidsubegrenset oppfølging', 'Time-unlimited follow-along supports'],
    [
      'Jobbspesialisten møter deltakeren før jobbstart, innen tre dager etter, ukentlig den første måneden og minst månedlig i ett år eller mer, etter ønske.',
      'The specialist meets the participant before the job starts, within three days after, weekly for the first month and at least monthly for a year or more, as wanted.',
    ],
    [
      ['Ingen oppfølging etter jobbstart', 'No follow-along after the job starts'],
      ['Oppfølging i under seks måneder', 'Follow-along for less than six months'],
      ['Oppfølging i seks til elleve måneder', 'Follow-along for six to eleven months'],
      ['Oppfølging i minst ett år for de fleste', 'Follow-along for at least a year for most'],
      [
        'Oppfølging så lenge det trengs, gradvis overgang etter et år i stabil jobb',
        'Follow-along as long as needed, a gradual hand-over after a year of steady work',
      ],
    ],
  ),
  item(
    'services',
    13,
    ['interview', 'case_data'],
    ['Tjenester ute i samfunnet', 'Community-based services'],
    [
      'Jobbspesialistene bruker minst 65 % av planlagt arbeidstid ute: hos arbeidsgivere, deltakere og i nærmiljøet.',
      'Specialists spend at least 65% of their scheduled time out: with employers, participants and in the community.',
    ],
    shareAnchors(
      ['29 % eller mindre', '30–39 %', '40–49 %', '50–64 %', '65 % eller mer'],
      ['av arbeidstiden er ute i samfunnet', 'of working time is spent in the community'],
    ),
  ),
  item(
    'services',
    14,
    ['interview', 'chart_review'],
    ['Aktiv oppsøking og kontakt', 'Assertive engagement and outreach'],
    [
      'Fem elementer: tjenesten avsluttes ikke for uteblitte avtaler; forsøk på kontakt dokumenteres; flere hjemme- eller nærmiljøbesøk; samordnede besøk med behandlerne; kontakt med familie når deltakeren ønsker det.',
      'Five elements: services do not end over missed appointments; outreach attempts are recorded; several home or community visits; visits coordinated with the team; contact with family when the participant wishes.',
    ],
    fiveElementAnchors,
  ),
];
