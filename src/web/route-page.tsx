import { type ComponentType, lazy, Suspense } from 'react';
import { LoadingState } from './components/loading-state.tsx';
import type { Route } from './router/routes.ts';

/** Each page is its own chunk, fetched when first shown, so no page pays for the others' code. */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const AccessLogPage = page(() => import('./pages/access-log-page.tsx').then((m) => m.AccessLogPage));
const ActivityPage = page(() => import('./pages/activity-page.tsx').then((m) => m.ActivityPage));
const CandidatesPage = page(() => import('./pages/candidates-page.tsx').then((m) => m.CandidatesPage));
const CaseloadPage = page(() => import('./pages/caseload-page.tsx').then((m) => m.CaseloadPage));
const CodeListsPage = page(() => import('./pages/code-lists-page.tsx').then((m) => m.CodeListsPage));
const EmployerPage = page(() => import('./pages/employer-page.tsx').then((m) => m.EmployerPage));
const EmployersPage = page(() => import('./pages/employers-page.tsx').then((m) => m.EmployersPage));
const MeetingPage = page(() => import('./pages/meeting-page.tsx').then((m) => m.MeetingPage));
const MeetingsPage = page(() => import('./pages/meetings-page.tsx').then((m) => m.MeetingsPage));
const MySidePage = page(() => import('./pages/my-side-page.tsx').then((m) => m.MySidePage));
const NewParticipantPage = page(() =>
  import('./pages/new-participant-page.tsx').then((m) => m.NewParticipantPage),
);
const NotFoundPage = page(() => import('./pages/not-found-page.tsx').then((m) => m.NotFoundPage));
const OverviewPage = page(() => import('./pages/overview-page.tsx').then((m) => m.OverviewPage));
const ParticipantPage = page(() => import('./pages/participant-page.tsx').then((m) => m.ParticipantPage));
const ProgrammeSettingsPage = page(() =>
  import('./pages/programme-settings-page.tsx').then((m) => m.ProgrammeSettingsPage),
);
const WorkforcePage = page(() => import('./pages/workforce-page.tsx').then((m) => m.WorkforcePage));

/** The page for a route behind sign-in; a spinner while its chunk loads. */
export function RoutePage({ route }: { route: Exclude<Route, { name: 'signIn' }> }) {
  return (
    <Suspense fallback={<LoadingState />}>
      <Page route={route} />
    </Suspense>
  );
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
    case 'overview':
      return <OverviewPage />;
    case 'employers':
      return <EmployersPage />;
    case 'employer':
      return <EmployerPage key={route.id} id={route.id} />;
    case 'activity':
      return <ActivityPage />;
    case 'workforce':
      return <WorkforcePage />;
    case 'codeLists':
      return <CodeListsPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
