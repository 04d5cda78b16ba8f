export type Route =
  | { name: 'signIn'; returnTo: string | null }
  | { name: 'caseload' }
  | { name: 'newParticipant' }
  | { name: 'participant'; id: string }
  | { name: 'notFound' };

export const paths = {
  signIn: '/logg-inn',
  caseload: '/',
  newParticipant: '/deltakere/ny',
  participant: (id: string) => `/deltakere/${encodeURIComponent(id)}`,
};

/** The sign-in URL that sends the user back to `returnTo` afterwards. */
export function signInPath(returnTo: string): string {
  return returnTo === paths.caseload ? paths.signIn : `${paths.signIn}?til=${encodeURIComponent(returnTo)}`;
}

export function matchRoute(pathname: string, search: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === paths.caseload) return { name: 'caseload' };
  if (path === paths.signIn) return { name: 'signIn', returnTo: safeReturnTo(search) };
  if (path === paths.newParticipant) return { name: 'newParticipant' };
  const participant = /^\/deltakere\/([^/]+)$/.exec(path);
  if (participant?.[1]) return { name: 'participant', id: decodeURIComponent(participant[1]) };
  return { name: 'notFound' };
}

/** Only same-site paths are followed after sign-in, so the parameter cannot be used to send users away. */
function safeReturnTo(search: string): string | null {
  const target = new URLSearchParams(search).get('til');
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith(paths.signIn)) return null;
  return target;
}
