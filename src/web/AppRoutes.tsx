import { useEffect } from 'react';
import { ApiErrorAlert } from './components/ApiErrorAlert.tsx';
import { LoadingState } from './components/LoadingState.tsx';
import { PageHeading } from './components/PageHeading.tsx';
import { useT } from './i18n/useT.ts';
import { CaseloadPage } from './pages/CaseloadPage.tsx';
import { NewParticipantPage } from './pages/NewParticipantPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ParticipantPage } from './pages/ParticipantPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { navigate, useLocation } from './router/navigation.ts';
import { matchRoute, paths, signInPath } from './router/routes.ts';
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

  // Keep the address bar truthful: signed-out users land on sign-in, signed-in users leave it.
  useEffect(() => {
    if (status === 'signedOut' && !onSignIn)
      navigate(signInPath(returnTo ?? paths.caseload), { replace: true });
    if (status === 'signedIn' && onSignIn) navigate(returnTo ?? paths.caseload, { replace: true });
  }, [status, onSignIn, returnTo]);

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
  switch (route.name) {
    case 'signIn':
      return <LoadingState />;
    case 'caseload':
      return <CaseloadPage />;
    case 'newParticipant':
      return <NewParticipantPage />;
    case 'participant':
      return <ParticipantPage key={route.id} id={route.id} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
