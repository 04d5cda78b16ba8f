import { useEffect } from 'react';
import { CodeListsProvider } from './codes/code-lists-provider.tsx';
import { ApiErrorAlert } from './components/api-error-alert.tsx';
import { LoadingState } from './components/loading-state.tsx';
import { PageHeading } from './components/page-heading.tsx';
import { useT } from './i18n/use-t.ts';
import { SignInPage } from './pages/sign-in-page.tsx';
import { SurveyResponsePage } from './pages/survey-response-page.tsx';
import { RoutePage } from './route-page.tsx';
import { navigate, useLocation } from './router/navigation.ts';
import { homePath, matchRoute, paths, signInPath } from './router/routes.ts';
import { useSessionControl } from './session/session-context.ts';

/** Picks the page for the URL; everything but sign-in needs a session. */
export function AppRoutes() {
  const t = useT();
  const { pathname, search } = useLocation();
  const route = matchRoute(pathname, search);
  const { state, reload } = useSessionControl();
  const status = state.status;
  const onSignIn = route.name === 'signIn';
  // A survey respondent's link is her credential: the page needs no session.
  const open = route.name === 'surveyResponse';
  const returnTo = onSignIn ? route.returnTo : pathname + search;
  const home = state.status === 'signedIn' ? homePath(state.session.user.role) : paths.caseload;
  // Roles without a caseload (participants, programme managers) start on their own page instead.
  const leaveCaseload = route.name === 'caseload' && home !== paths.caseload;

  // Keep the address bar truthful: signed-out users land on sign-in, signed-in users leave it.
  useEffect(() => {
    if (status === 'signedOut' && !onSignIn && !open)
      navigate(signInPath(returnTo ?? paths.caseload), { replace: true });
    if (status === 'signedIn' && onSignIn) navigate(returnTo ?? home, { replace: true });
    if (status === 'signedIn' && leaveCaseload) navigate(home, { replace: true });
  }, [status, onSignIn, open, returnTo, home, leaveCaseload]);

  if (route.name === 'surveyResponse') return <SurveyResponsePage token={route.token} />;
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
  return (
    <CodeListsProvider>
      <RoutePage route={route} />
    </CodeListsProvider>
  );
}
