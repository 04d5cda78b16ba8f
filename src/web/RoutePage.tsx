import { AccessLogPage } from './pages/AccessLogPage.tsx';
import { ActivityPage } from './pages/ActivityPage.tsx';
import { CandidatesPage } from './pages/CandidatesPage.tsx';
import { CaseloadPage } from './pages/CaseloadPage.tsx';
import { CodeListsPage } from './pages/CodeListsPage.tsx';
import { EmployerPage } from './pages/EmployerPage.tsx';
import { EmployersPage } from './pages/EmployersPage.tsx';
import { MeetingPage } from './pages/MeetingPage.tsx';
import { MeetingsPage } from './pages/MeetingsPage.tsx';
import { MySidePage } from './pages/MySidePage.tsx';
import { NewParticipantPage } from './pages/NewParticipantPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { ParticipantPage } from './pages/ParticipantPage.tsx';
import { ProgrammeSettingsPage } from './pages/ProgrammeSettingsPage.tsx';
import { WorkforcePage } from './pages/WorkforcePage.tsx';
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
