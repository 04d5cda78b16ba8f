import { item } from './item-builder.ts';

/** IPS-25 staffing items 1–3, paraphrased from the published scale. */
export const ips25Staffing = [
  item(
    'staffing',
    1,
    ['interview', 'case_data'],
    ['Antall deltakere per jobbspesialist', 'Caseload size'],
    [
      'Hver jobbspesialist følger opp høyst 20 deltakere (regnet på heltid).',
      'Each employment specialist serves no more than 20 participants (full-time equivalent).',
    ],
    [
      ['81 eller flere deltakere per jobbspesialist', '81 or more participants per specialist'],
      ['61–80 deltakere per jobbspesialist', '61–80 participants per specialist'],
      ['41–60 deltakere per jobbspesialist', '41–60 participants per specialist'],
      ['21–40 deltakere per jobbspesialist', '21–40 participants per specialist'],
      ['20 eller færre deltakere per jobbspesialist', '20 or fewer participants per specialist'],
    ],
  ),
  item(
    'staffing',
    2,
    ['interview', 'observation'],
    ['Jobbspesialister gjør bare jobbstøtte', 'Employment services staff'],
    [
      'Jobbspesialistene bruker arbeidstiden sin på arbeidsrettet oppfølging og ikke på annen behandling eller saksbehandling.',
      'Employment specialists spend their working time on employment services only, not on treatment or other case management.',
    ],
    [
      ['55 % av tiden eller mindre til jobbstøtte', '55% of their time or less on employment services'],
      ['56–73 % av tiden til jobbstøtte', '56–73% of their time on employment services'],
      ['74–89 % av tiden til jobbstøtte', '74–89% of their time on employment services'],
      ['90–95 % av tiden til jobbstøtte', '90–95% of their time on employment services'],
      ['96 % av tiden eller mer til jobbstøtte', '96% of their time or more on employment services'],
    ],
  ),
  item(
    'staffing',
    3,
    ['interview', 'chart_review'],
    ['Jobbspesialisten gjør alle fasene', 'Vocational generalists'],
    [
      'Hver jobbspesialist har hele forløpet selv: inntak, engasjement, kartlegging, jobbsøk, jobbstøtte og oppfølging i jobb.',
      'Each specialist carries out every phase: intake, engagement, assessment, job search, job support and follow-along.',
    ],
    [
      [
        'Jobbspesialisten henviser bare videre til andre arbeidsrettede tilbud',
        'The specialist only refers participants on to other vocational services',
      ],
      [
        'Jobbspesialisten har egne deltakere, men henviser til andre for det meste av jobbstøtten',
        'The specialist holds a caseload but refers out for most vocational services',
      ],
      ['Jobbspesialisten gjør én til fire av fasene', 'The specialist carries out one to four of the phases'],
      ['Jobbspesialisten gjør fem av fasene', 'The specialist carries out five of the phases'],
      ['Jobbspesialisten gjør alle seks fasene', 'The specialist carries out all six phases'],
    ],
  ),
];
