import type { Stage } from '../../domain/code-lists.ts';

/** Bokmål notes for the demo's contacts: what was done, never a diagnosis. */
export const MEETING_NOTES: Partial<Record<Stage, readonly string[]>> = {
  first_meeting: [
    'Første møte på kafé; snakket om hva deltakeren ønsker å jobbe med.',
    'Gikk gjennom hvordan IPS fungerer og hva vi kan hjelpe med.',
  ],
  career_profile: [
    'Jobbet videre med karriereprofilen: tidligere jobber og interesser.',
    'Snakket om hvor mange timer i uka som er realistisk å starte med.',
  ],
  job_search: [
    'Oppdatert CV og sett på ledige stillinger sammen.',
    'Øvd på intervju; avtalt å besøke to arbeidsgivere neste uke.',
    'Gått gjennom tilbakemeldinger fra arbeidsgivere denne uka.',
  ],
  paused: ['Kort kontakt under pausen; deltakeren sier fra når det passer å starte igjen.'],
};

export const FOLLOW_ALONG_NOTES = {
  participant: [
    'Besøk på arbeidsplassen; trives og har fått faste oppgaver.',
    'Kort prat etter vakt; ønsker flere timer etter hvert.',
    'Snakket om turnusen og hvordan uka kan legges opp.',
  ],
  employer: [
    'Nærmeste leder fornøyd; avtalt ny samtale om to uker.',
    'Avklart opplæringsplan med arbeidsgiver.',
    'Arbeidsgiver ønsker å øke stillingen etter sommeren.',
  ],
} as const;

export const OTHER_NOTES = {
  referral: 'Første kontakt på telefon; avtalt første møte.',
  team: 'Samarbeidsmøte med behandlingsteamet om jobbsøket.',
  nav: 'Avklart ytelser og videre plan med NAV-veileder.',
  network: 'Samtale med pårørende etter ønske fra deltakeren.',
  farewell: 'Avslutningssamtale; oppsummert tiden i IPS.',
  noShow: 'Møtte ikke til avtalt møte; sendt ny innkalling.',
} as const;

/** The documented outreach before a discharge for lost contact, oldest first: days before it, how, what. */
export const OUTREACH = [
  { daysBefore: 52, mode: 'phone', note: 'Ringte, ikke svar. Sendt SMS.' },
  { daysBefore: 38, mode: 'message', note: 'Sendt brev med tilbud om nytt møte.' },
  { daysBefore: 24, mode: 'face_to_face', note: 'Hjemmebesøk, ikke hjemme. Lagt igjen lapp.' },
  { daysBefore: 10, mode: 'phone', note: 'Ringte, ikke svar; behandler orientert.' },
] as const;
