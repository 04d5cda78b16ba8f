import { useEffect } from 'react';
import { ApiErrorAlert } from './components/ApiErrorAlert.tsx';
import { LoadingState } from './components/LoadingState.tsx';
import { PageHeading } from './components/PageHeading.tsx';
import { useT } from './i18n/useT.ts';
import { AccessLogPage } from './pages/AccessLogPage.tsx';
import { CandidatesPage } from './pages/CandidatesPage.tsx';
import { CaseloadPage } from './pages/CaseloadPage.tsx';
import { MeetingPage } from './pages/MeetingPage.tsx';
import { MeetingsPage } from './pages/MeetingsPage.tsx';
import { MySidePage } from './pages/MySidePage.tsx';
import { NewParticipantPage } from './pages/NewParticipantPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ParticipantPage } from './pages/ParticipantPage.tsx';
import { ProgrammeSettingsPage } from './pages/ProgrammeSettingsPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { navigate, useLocation } from './router/navigation.ts';
import { homePath, matchRoute, paths, type Route, signInPath } from './router/routes.ts';
import { useSessionControl } from './session/SessionContext.ts';

/** Picks the page for the URL; everything but sign-in needs a session. */
export function AppRoutes() {
  const t = useT();
  const { pathname, search } = useLocation();
  const route = matchRoute(pathname, search);
  const { state, reload } = useSessionControl();
  const status = state.status;
  const onSignIn = route.name === 'signIn';
  const returnTo = onSignIn ? route.returnTo : pathname + search;
  const home = state.status === 'signedIn' ? homePath(state.session.user.role) : paths.caseload;
  // Roles without a caseload (participants, programme managers) start on their own page instead.
  const leaveCaseload = route.name === 'caseload' && home !== paths.caseload;

  // Keep the address bar truthful: signed-out users land on sign-in, signed-in users leave it.
  useEffect(() => {
    if (status === 'signedOut' && !onSignIn)
      navigate(signInPath(returnTo ?? paths.caseload), { replace: true });
    if (status === 'signedIn' && onSignIn) navigate(returnTo ?? home, { replace: true });
    if (status === 'signedIn' && leaveCaseload) navigate(home, { replace: true });
  }, [status, onSignIn, returnTo, home, leaveCaseload]);

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    return (
      <>
        <PageHeading>{t.errors.title}</PageHeading>
        <ApiErrorAlert error={state.error} onRetry={reload} />
      </>
    );
  }
  if (state.status === 'signedOut') {
    return <SignInPage returnTo={returnTo} />;
  }
  if (onSignIn || leaveCaseload) return <LoadingState />;
  return <Page route={route} />;
}

function Page({ route }: { route: Exclude<Route, { name: 'signIn' }> }) {
  switch (route.name) {
    case 'caseload':
      return <CaseloadPage />;
    case 'newParticipant':
      return <NewParticipantPage />;
    case 'participant':
      return <ParticipantPage key={route.id} id={route.id} />;
    case 'accessLog':
      return <AccessLogPage key={route.id} participantId={route.id} />;
    case 'mySide':
      return <MySidePage />;
    case 'programmeSettings':
      return <ProgrammeSettingsPage />;
    case 'candidates':
      return <CandidatesPage />;
    case 'meetings':
      return <MeetingsPage />;
    case 'meeting':
      return <MeetingPage key={route.id} id={route.id} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
