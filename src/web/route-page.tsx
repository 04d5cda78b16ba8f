import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
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
const FidelityConsensusPage = page(() =>
  import('./pages/fidelity-consensus-page.tsx').then((m) => m.FidelityConsensusPage),
);
const FidelityNewReviewPage = page(() =>
  import('./pages/fidelity-new-review-page.tsx').then((m) => m.FidelityNewReviewPage),
);
const FidelityPage = page(() => import('./pages/fidelity-page.tsx').then((m) => m.FidelityPage));
const FidelityRegionPage = page(() =>
  import('./pages/fidelity-region-page.tsx').then((m) => m.FidelityRegionPage),
);
const FidelityReportPage = page(() =>
  import('./pages/fidelity-report-page.tsx').then((m) => m.FidelityReportPage),
);
const FidelityReviewPage = page(() =>
  import('./pages/fidelity-review-page.tsx').then((m) => m.FidelityReviewPage),
);
const MeetingPage = page(() => import('./pages/meeting-page.tsx').then((m) => m.MeetingPage));
const MetaAnalysisPage = page(() => import('./pages/meta-analysis-page.tsx').then((m) => m.MetaAnalysisPage));
const RegisterAnalysisPage = page(() =>
  import('./pages/register-analysis-page.tsx').then((m) => m.RegisterAnalysisPage),
);
const HealthEconomicsPage = page(() =>
  import('./pages/health-economics-page.tsx').then((m) => m.HealthEconomicsPage),
);
const MeetingsPage = page(() => import('./pages/meetings-page.tsx').then((m) => m.MeetingsPage));
const MySidePage = page(() => import('./pages/my-side-page.tsx').then((m) => m.MySidePage));
const NewParticipantPage = page(() =>
  import('./pages/new-participant-page.tsx').then((m) => m.NewParticipantPage),
);
const NotFoundPage = page(() => import('./pages/not-found-page.tsx').then((m) => m.NotFoundPage));
const OutcomesPage = page(() => import('./pages/outcomes-page.tsx').then((m) => m.OutcomesPage));
const OverviewPage = page(() => import('./pages/overview-page.tsx').then((m) => m.OverviewPage));
const RegionOutcomesPage = page(() =>
  import('./pages/region-outcomes-page.tsx').then((m) => m.RegionOutcomesPage),
);
const ParticipantPage = page(() => import('./pages/participant-page.tsx').then((m) => m.ParticipantPage));
const ProgrammeSettingsPage = page(() =>
  import('./pages/programme-settings-page.tsx').then((m) => m.ProgrammeSettingsPage),
);
const SurveyBuilderPage = page(() =>
  import('./pages/survey-builder-page.tsx').then((m) => m.SurveyBuilderPage),
);
const SurveyLinkagePage = page(() =>
  import('./pages/survey-linkage-page.tsx').then((m) => m.SurveyLinkagePage),
);
const SurveysPage = page(() => import('./pages/surveys-page.tsx').then((m) => m.SurveysPage));
const SurveyResultsPage = page(() =>
  import('./pages/survey-results-page.tsx').then((m) => m.SurveyResultsPage),
);
const WorkforcePage = page(() => import('./pages/workforce-page.tsx').then((m) => m.WorkforcePage));

type PageRoute = Exclude<Route, { name: 'signIn' } | { name: 'surveyResponse' }>;

/** Each route's page; a page shown for an id is mounted anew when the id changes. */
const PAGES: { [N in PageRoute['name']]: (route: Extract<PageRoute, { name: N }>) => ReactNode } = {
  caseload: () => <CaseloadPage />,
  newParticipant: () => <NewParticipantPage />,
  participant: ({ id }) => <ParticipantPage key={id} id={id} />,
  accessLog: ({ id }) => <AccessLogPage key={id} participantId={id} />,
  mySide: () => <MySidePage />,
  programmeSettings: () => <ProgrammeSettingsPage />,
  candidates: () => <CandidatesPage />,
  meetings: () => <MeetingsPage />,
  meeting: ({ id }) => <MeetingPage key={id} id={id} />,
  overview: () => <OverviewPage />,
  employers: () => <EmployersPage />,
  employer: ({ id }) => <EmployerPage key={id} id={id} />,
  activity: () => <ActivityPage />,
  workforce: () => <WorkforcePage />,
  codeLists: () => <CodeListsPage />,
  outcomes: () => <OutcomesPage />,
  regionOutcomes: ({ id }) => <RegionOutcomesPage key={id} regionId={id} />,
  fidelity: () => <FidelityPage />,
  newFidelityReview: () => <FidelityNewReviewPage />,
  fidelityReview: ({ id }) => <FidelityReviewPage key={id} id={id} />,
  fidelityConsensus: ({ id }) => <FidelityConsensusPage key={id} id={id} />,
  fidelityReport: ({ id }) => <FidelityReportPage key={id} id={id} />,
  fidelityRegion: ({ id }) => <FidelityRegionPage key={id} regionId={id} />,
  metaAnalysis: () => <MetaAnalysisPage />,
  registerAnalysis: () => <RegisterAnalysisPage />,
  healthEconomics: () => <HealthEconomicsPage />,
  surveys: () => <SurveysPage />,
  newSurvey: () => <SurveyBuilderPage />,
  surveyResults: ({ id }) => <SurveyResultsPage key={id} id={id} />,
  surveyLinkage: ({ id }) => <SurveyLinkagePage key={id} id={id} />,
  notFound: () => <NotFoundPage />,
};

/** The page for a route behind sign-in; a spinner while its chunk loads. */
export function RoutePage({ route }: { route: PageRoute }) {
  // The table pairs each name with its own route type; TypeScript cannot follow that through the lookup.
  const render = PAGES[route.name] as (route: PageRoute) => ReactNode;
  return <Suspense fallback={<LoadingState />}>{render(route)}</Suspense>;
}
