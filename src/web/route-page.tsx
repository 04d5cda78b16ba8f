import { AccessLogPage } from './pages/access-log-page.tsx';
import { ActivityPage } from './pages/activity-page.tsx';
import { CandidatesPage } from './pages/candidates-page.tsx';
import { CaseloadPage } from './pages/caseload-page.tsx';
import { CodeListsPage } from './pages/code-lists-page.tsx';
import { EmployerPage } from './pages/employer-page.tsx';
import { EmployersPage } from './pages/employers-page.tsx';
import { MeetingPage } from './pages/meeting-page.tsx';
import { MeetingsPage } from './pages/meetings-page.tsx';
import { MySidePage } from './pages/my-side-page.tsx';
import { NewParticipantPage } from './pages/new-participant-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { OverviewPage } from './pages/overview-page.tsx';
import { ParticipantPage } from './pages/participant-page.tsx';
import { ProgrammeSettingsPage } from './pages/programme-settings-page.tsx';
import { WorkforcePage } from './pages/workforce-page.tsx';
import type { Route } from './router/routes.ts';

/** The page for a route behind sign-in. */
export function RoutePage({ route }: { route: Exclude<Route, { name: 'signIn' }> }) {
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
