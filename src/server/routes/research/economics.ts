import { AppError } from '../../../domain/app-error.ts';
import { economicsProblems } from '../../../domain/research/economics-params.ts';
import { economicsReport } from '../../../research/economics/report.ts';
import { svgToPng } from '../../../research/meta/plots/png.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { researchRoute } from '../route-schema.ts';
import { EconomicsBody, EconomicsResponse, ProjectParams } from './register-schemas.ts';

/**
 * The health economics of a project: the parameters given (each checked against its range), the
 * effects of the project's latest register analysis where not given, the documented defaults for
 * the rest; the result, the one-way sensitivity analysis and its tornado plot. Audited as a run.
 */
export function registerEconomicsRoutes(app: Api, deps: Deps) {
  app.post(
    '/api/research/projects/:projectId/health-economics',
    researchRoute('Health economics with one-way sensitivity analysis and a tornado plot; audited', {
      params: ProjectParams,
      body: EconomicsBody,
      response: { 200: EconomicsResponse, ...problems(400, 401, 403) },
    }),
    async (request) => {
      const { projectId } = request.params;
      const { params, participants, outcome, language, labels } = request.body;
      const invalid = economicsProblems(params);
      if (invalid.length > 0) throw AppError.validation(invalid);
      await request.repos.researchRuns.permit(projectId, 'research_economics', { outcome });
      const report = economicsReport(
        { params, participants, outcome },
        deps.researchRegisters.latestAnalysis(projectId),
        labels,
        language,
      );
      const { tornadoSvg, ...rest } = report;
      return { ...rest, tornado: { svg: tornadoSvg, png: svgToPng(tornadoSvg).toString('base64') } };
    },
  );
}
