import { fiveElementAnchors } from './elements.ts';
import { item } from './item-builder.ts';

/** IPS-25 organisation items 1–8, paraphrased from the published scale. */
export const ips25Organisation = [
  item(
    'organisation',
    1,
    ['interview', 'chart_review'],
    ['Integrering gjennom tilknytning til behandlingsteam', 'Integration through team assignment'],
    [
      'Jobbspesialisten er knyttet til ett eller to behandlingsteam, og nesten alle deltakerne hen følger kommer fra disse teamene.',
      'Each specialist is attached to one or two treatment teams, and nearly all of their participants come from those teams.',
    ],
    [
      [
        'Jobbspesialisten er ikke knyttet til noe behandlingsteam',
        'The specialist is not attached to any treatment team',
      ],
      [
        'Knyttet til tre eller flere team, eller under halvparten av deltakerne kommer derfra',
        'Attached to three or more teams, or under half of the caseload comes from them',
      ],
      [
        '50–74 % av deltakerne kommer fra jobbspesialistens team',
        "50–74% of the caseload comes from the specialist's teams",
      ],
      [
        '75–89 % av deltakerne kommer fra jobbspesialistens team',
        "75–89% of the caseload comes from the specialist's teams",
      ],
      [
        'Ett eller to team, og minst 90 % av deltakerne kommer derfra',
        'One or two teams, and at least 90% of the caseload comes from them',
      ],
    ],
  ),
  item(
    'organisation',
    2,
    ['interview', 'observation', 'chart_review', 'case_data'],
    [
      'Integrering gjennom hyppig kontakt med behandlerne',
      'Integration through frequent team member contact',
    ],
    [
      'Fem elementer: jobbspesialisten deltar på ukentlige teammøter; tar aktivt del i beslutningene der; journalføring er felles med behandlingen; kontoret ligger nær behandlerne; hen hjelper teamet å trekke arbeid inn i behandlingen.',
      'Five elements: the specialist attends weekly team meetings; takes an active part in shared decisions there; records are integrated with treatment records; the office is close to the clinicians; and they help the team bring work into treatment.',
    ],
    fiveElementAnchors,
  ),
  item(
    'organisation',
    3,
    ['interview', 'chart_review'],
    ['Samarbeid med NAV', 'Collaboration with NAV (vocational rehabilitation)'],
    [
      'Jobbspesialister og NAV-veiledere har faste møter minst månedlig og kontakt om felles deltakere ukentlig.',
      'Specialists and NAV advisers meet at least monthly and talk about shared participants weekly.',
    ],
    [
      ['Ingen kontakt, eller sjeldnere enn kvartalsvis', 'No contact, or less than quarterly'],
      ['Kontakt om deltakere om lag kvartalsvis', 'Participant-related contact about quarterly'],
      ['Kontakt om deltakere om lag månedlig', 'Participant-related contact about monthly'],
      [
        'Faste møter minst månedlig, eller kontakt hver uke',
        'Scheduled meetings at least monthly, or weekly contact',
      ],
      [
        'Faste møter minst månedlig og kontakt om deltakere hver uke',
        'Scheduled meetings at least monthly and weekly participant-related contact',
      ],
    ],
  ),
  item(
    'organisation',
    4,
    ['interview', 'observation'],
    ['Jobbspesialistene er en egen enhet', 'Vocational unit'],
    [
      'Minst to jobbspesialister og en leder utgjør en enhet med ukentlig felles veiledning om deltakerne, og de dekker for hverandre.',
      'At least two specialists and a leader form a unit with weekly group supervision about participants, and they cover for one another.',
    ],
    [
      ['Jobbspesialistene er ikke en enhet', 'The specialists are not a unit'],
      ['Samme leder, men ingen felles møter', 'Same supervisor, but no group meetings'],
      ['Møtes som gruppe, sjeldnere enn månedlig', 'Meet as a group, less than monthly'],
      ['Enhet med felles veiledning minst månedlig', 'A unit with group supervision at least monthly'],
      [
        'Enhet med ukentlig felles veiledning og gjensidig dekning',
        'A unit with weekly group supervision and shared cover',
      ],
    ],
  ),
  item(
    'organisation',
    5,
    ['interview', 'observation'],
    ['Lederens rolle', 'Role of the employment supervisor'],
    [
      'Fem elementer: én leder for høyst ti jobbspesialister; ukentlig veiledning om deltakerne; jevnlig kontakt med behandlingsledelsen; følger jobbspesialistene ut i felt hver måned; går gjennom resultatene og setter mål med dem.',
      'Five elements: one supervisor for at most ten specialists; weekly participant-based supervision; regular contact with treatment leaders; monthly field mentoring; reviewing outcomes and setting goals with the specialists.',
    ],
    fiveElementAnchors,
  ),
  item(
    'organisation',
    6,
    ['interview', 'chart_review', 'case_data'],
    ['Ingen utelukkelse', 'Zero exclusion criteria'],
    [
      'Alle som ønsker arbeid får tilbudet, uten krav om jobbklarhet, rusfrihet, symptomnivå eller tidligere arbeidserfaring, og henvisning oppmuntres fra mange hold.',
      'Everyone who wants to work is offered the service, with no demands on job readiness, abstinence, symptoms or work history, and referrals are invited from many sources.',
    ],
    [
      [
        'Deltakere utelukkes etter krav om jobbklarhet',
        'Participants are screened out on readiness criteria',
      ],
      ['Flere utelukkelseskriterier brukes', 'Several exclusion criteria are applied'],
      ['Enkelte utelukkelseskriterier brukes', 'Some exclusion criteria are applied'],
      [
        'Ingen formelle kriterier, men henvisninger kommer fra få kilder',
        'No formal criteria, but referrals come from few sources',
      ],
      [
        'Alle som ønsker arbeid er kvalifisert, og henvisninger oppmuntres fra alle',
        'All who want work are eligible, and referrals are invited from everyone',
      ],
    ],
  ),
  item(
    'organisation',
    7,
    ['interview', 'observation', 'chart_review'],
    ['Virksomheten legger vekt på ordinært arbeid', 'Agency focus on competitive employment'],
    [
      'Fem elementer: alle spørres om arbeidsønske ved inntak; brosjyrer og oppslag om arbeid; jobbsuksess feires og deles; resultater om arbeid deles med ansatte; ansatte forteller om arbeid som mulig for alle.',
      'Five elements: everyone is asked about work at intake; written material and posters about work; job successes are celebrated and shared; employment outcomes are shared with staff; staff speak of work as possible for all.',
    ],
    fiveElementAnchors,
  ),
  item(
    'organisation',
    8,
    ['interview'],
    ['Støtte fra ledelsen', 'Executive team support'],
    [
      'Fem elementer: ledelsen kjenner IPS; kvalitetsarbeidet inkluderer fidelitymåling; ledelsen deltar i styringsgruppe; ledelsen forklarer hvordan IPS støtter virksomhetens mål; IPS-lederen kan få endret rutiner som hindrer arbeid.',
      "Five elements: the leadership knows IPS; quality work includes fidelity reviews; a leader sits on the steering group; leaders explain how IPS serves the agency's mission; the IPS supervisor can get barriers to employment changed.",
    ],
    fiveElementAnchors,
  ),
];
