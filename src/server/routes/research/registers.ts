import { AppError } from '../../../domain/app-error.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../domain/outcomes/suppression.ts';
import { eventStudyPlot } from '../../../research/analysis/event-study-plot.ts';
import type { PublishedAnalysis } from '../../../research/analysis/publish.ts';
import { analysisCsv } from '../../../research/analysis/tables-csv.ts';
import { svgToPng } from '../../../research/meta/plots/png.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { researchRoute } from '../route-schema.ts';
import {
  AnalysisBody,
  AnalysisResponse,
  ProjectList,
  ProjectParams,
  RegisterStatus,
} from './register-schemas.ts';

type Labels = (typeof AnalysisBody)['_output']['labels'];

/** Both outcomes' event-study plots, the note in the page's language under each. */
function plotsOf(p: PublishedAnalysis, labels: Labels, note: string) {
  const plot = (outcome: 'benefit_dependency' | 'health_contacts', title: string, yAxis: string) => {
    const svg = eventStudyPlot(
      p.eventStudy.filter((r) => r.outcome === outcome),
      { id: outcome.replace('_', '-'), title, xAxis: labels.xAxis, yAxis, note },
    );
    return { svg, png: svgToPng(svg).toString('base64') };
  };
  return {
    benefit: plot('benefit_dependency', labels.benefitTitle, labels.benefitAxis),
    health: plot('health_contacts', labels.healthTitle, labels.healthAxis),
  };
}

/** The researcher's projects, their synthetic registers (made on demand) and the register analysis. */
export function registerRegisterRoutes(app: Api, deps: Deps) {
  const jobs = deps.researchRegisters;
  const platformThreshold = deps.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;

  app.get(
    '/api/research/projects',
    researchRoute("The caller's research projects", {
      response: { 200: ProjectList, ...problems(401, 403) },
    }),
    async (request) => ({ items: await request.repos.researchRuns.mine() }),
  );

  app.get(
    '/api/research/projects/:projectId/registers',
    researchRoute("Progress of the project's synthetic registers (polled; shows no data, not audited)", {
      params: ProjectParams,
      response: { 200: RegisterStatus, ...problems(400, 401, 403) },
    }),
    async (request) => {
      const { projectId } = request.params;
      await request.repos.researchRuns.permit(projectId, 'research_registers', {}, false);
      return jobs.status(projectId);
    },
  );

  app.post(
    '/api/research/projects/:projectId/registers',
    researchRoute("Makes the project's synthetic registers in the background unless they exist; audited", {
      params: ProjectParams,
      response: { 202: RegisterStatus, ...problems(400, 401, 403) },
    }),
    async (request, reply) => {
      const { projectId } = request.params;
      await request.repos.researchRuns.permit(projectId, 'research_registers', { run: 'make' });
      return reply.code(202).send(jobs.start(projectId));
    },
  );

  app.post(
    '/api/research/projects/:projectId/register-analysis',
    researchRoute(
      'Event study and DiD against matched non-participants on the project registers, per region and ' +
        'for IPS ung, disclosure-controlled; audited',
      {
        params: ProjectParams,
        body: AnalysisBody,
        response: { 200: AnalysisResponse, ...problems(400, 401, 403, 409) },
      },
    ),
    async (request) => {
      const { projectId } = request.params;
      const { roundingBase, threshold = platformThreshold, language, labels } = request.body;
      if (threshold < platformThreshold)
        throw AppError.validation([
          { path: 'threshold', message: `threshold must be at least the platform's ${platformThreshold}` },
        ]);
      await request.repos.researchRuns.permit(projectId, 'research_analysis', { threshold, roundingBase });
      if (jobs.status(projectId).state !== 'ready')
        throw new AppError('conflict', "the project's registers are not made yet", {
          reason: 'registers_not_ready',
        });
      const { publishedAnalysisOf } = await import('../../../research/analysis/analyse.ts');
      const published = await publishedAnalysisOf(jobs.dirOf(projectId), { threshold, roundingBase }, 1);
      jobs.rememberAnalysis(projectId, published);
      return {
        ...published,
        plots: plotsOf(published, labels, published.disclosure.note[language]),
        csv: analysisCsv(published),
      };
    },
  );
}
