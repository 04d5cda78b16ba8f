import type { Role } from '../api/types.ts';

export type Route =
  | { name: 'signIn'; returnTo: string | null }
  | { name: 'caseload' }
  | { name: 'newParticipant' }
  | { name: 'participant'; id: string }
  | { name: 'accessLog'; id: string }
  | { name: 'mySide' }
  | { name: 'programmeSettings' }
  | { name: 'candidates' }
  | { name: 'meetings' }
  | { name: 'meeting'; id: string }
  | { name: 'overview' }
  | { name: 'employers' }
  | { name: 'employer'; id: string }
  | { name: 'activity' }
  | { name: 'workforce' }
  | { name: 'codeLists' }
  | { name: 'outcomes' }
  | { name: 'regionOutcomes'; id: string }
  | { name: 'fidelity' }
  | { name: 'newFidelityReview' }
  | { name: 'fidelityReview'; id: string }
  | { name: 'fidelityConsensus'; id: string }
  | { name: 'fidelityReport'; id: string }
  | { name: 'fidelityRegion'; id: string }
  | { name: 'metaAnalysis' }
  | { name: 'registerAnalysis' }
  | { name: 'healthEconomics' }
  | { name: 'surveys' }
  | { name: 'newSurvey' }
  | { name: 'surveyResults'; id: string }
  | { name: 'surveyLinkage'; id: string }
  | { name: 'surveyResponse'; token: string }
  | { name: 'notFound' };

const segment = (id: string) => encodeURIComponent(id);

export const paths = {
  signIn: '/logg-inn',
  caseload: '/',
  newParticipant: '/deltakere/ny',
  participant: (id: string) => `/deltakere/${segment(id)}`,
  accessLog: (id: string) => `/deltakere/${segment(id)}/tilgangslogg`,
  mySide: '/min-side',
  programmeSettings: '/programinnstillinger',
  candidates: '/kandidater',
  meetings: '/teammoter',
  meeting: (id: string) => `/teammoter/${segment(id)}`,
  overview: '/oversikt',
  employers: '/arbeidsgivere',
  employer: (id: string) => `/arbeidsgivere/${segment(id)}`,
  activity: '/aktivitet',
  workforce: '/bemanning',
  codeLists: '/kodeverk',
  outcomes: '/resultater',
  regionOutcomes: (id: string) => `/resultater/regioner/${segment(id)}`,
  fidelity: '/kvalitet',
  newFidelityReview: '/kvalitet/ny',
  fidelityReview: (id: string) => `/kvalitet/malinger/${segment(id)}`,
  fidelityConsensus: (id: string) => `/kvalitet/malinger/${segment(id)}/konsensus`,
  fidelityReport: (id: string) => `/kvalitet/malinger/${segment(id)}/rapport`,
  fidelityRegion: (id: string) => `/kvalitet/regioner/${segment(id)}`,
  metaAnalysis: '/forskning/metaanalyse',
  registerAnalysis: '/forskning/registeranalyse',
  healthEconomics: '/forskning/helseokonomi',
  surveys: '/undersokelser',
  newSurvey: '/undersokelser/ny',
  surveyResults: (id: string) => `/undersokelser/${segment(id)}/resultater`,
  surveyLinkage: (id: string) => `/undersokelser/${segment(id)}/turnover`,
  surveyResponse: (token: string) => `/svar/${segment(token)}`,
};

/** Where a role starts: participants their own page, programme managers their settings, readers of aggregates the outcomes. */
export function homePath(role: Role): string {
  if (role === 'participant') return paths.mySide;
  if (role === 'programme_manager') return paths.programmeSettings;
  if (role === 'admin') return paths.codeLists;
  if (role === 'reviewer') return paths.fidelity;
  if (role === 'resource_centre' || role === 'national_reader') return paths.outcomes;
  if (role === 'researcher') return paths.metaAnalysis;
  return paths.caseload;
}

/** The sign-in URL that sends the user back to `returnTo` afterwards. */
export function signInPath(returnTo: string): string {
  return returnTo === paths.caseload ? paths.signIn : `${paths.signIn}?til=${encodeURIComponent(returnTo)}`;
}

const FIXED: Record<string, Route> = {
  [paths.caseload]: { name: 'caseload' },
  [paths.newParticipant]: { name: 'newParticipant' },
  [paths.mySide]: { name: 'mySide' },
  [paths.programmeSettings]: { name: 'programmeSettings' },
  [paths.candidates]: { name: 'candidates' },
  [paths.meetings]: { name: 'meetings' },
  [paths.overview]: { name: 'overview' },
  [paths.employers]: { name: 'employers' },
  [paths.activity]: { name: 'activity' },
  [paths.workforce]: { name: 'workforce' },
  [paths.codeLists]: { name: 'codeLists' },
  [paths.outcomes]: { name: 'outcomes' },
  [paths.fidelity]: { name: 'fidelity' },
  [paths.newFidelityReview]: { name: 'newFidelityReview' },
  [paths.metaAnalysis]: { name: 'metaAnalysis' },
  [paths.registerAnalysis]: { name: 'registerAnalysis' },
  [paths.healthEconomics]: { name: 'healthEconomics' },
  [paths.surveys]: { name: 'surveys' },
  [paths.newSurvey]: { name: 'newSurvey' },
};

/** Routes with an id in the path: the pattern, and the route it gives for the decoded id. */
const WITH_ID: [RegExp, (id: string) => Route][] = [
  [/^\/deltakere\/([^/]+)$/, (id) => ({ name: 'participant', id })],
  [/^\/deltakere\/([^/]+)\/tilgangslogg$/, (id) => ({ name: 'accessLog', id })],
  [/^\/teammoter\/([^/]+)$/, (id) => ({ name: 'meeting', id })],
  [/^\/arbeidsgivere\/([^/]+)$/, (id) => ({ name: 'employer', id })],
  [/^\/resultater\/regioner\/([^/]+)$/, (id) => ({ name: 'regionOutcomes', id })],
  [/^\/undersokelser\/([^/]+)\/resultater$/, (id) => ({ name: 'surveyResults', id })],
  [/^\/undersokelser\/([^/]+)\/turnover$/, (id) => ({ name: 'surveyLinkage', id })],
  [/^\/kvalitet\/malinger\/([^/]+)$/, (id) => ({ name: 'fidelityReview', id })],
  [/^\/kvalitet\/malinger\/([^/]+)\/konsensus$/, (id) => ({ name: 'fidelityConsensus', id })],
  [/^\/kvalitet\/malinger\/([^/]+)\/rapport$/, (id) => ({ name: 'fidelityReport', id })],
  [/^\/kvalitet\/regioner\/([^/]+)$/, (id) => ({ name: 'fidelityRegion', id })],
];

export function matchRoute(pathname: string, search: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === paths.signIn) return { name: 'signIn', returnTo: safeReturnTo(search) };
  const token = /^\/svar\/([A-Za-z0-9_-]+)$/.exec(path)?.[1];
  if (token) return { name: 'surveyResponse', token };
  const fixed = FIXED[path];
  if (fixed) return fixed;
  for (const [pattern, route] of WITH_ID) {
    const id = pattern.exec(path)?.[1];
    if (id) return route(decodeURIComponent(id));
  }
  return { name: 'notFound' };
}

/** Only same-site paths are followed after sign-in, so the parameter cannot be used to send users away. */
function safeReturnTo(search: string): string | null {
  const target = new URLSearchParams(search).get('til');
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith(paths.signIn)) return null;
  return target;
}
