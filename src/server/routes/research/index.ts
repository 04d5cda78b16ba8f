import { svgToPng } from '../../../research/meta/plots/png.ts';
import { csvReport } from '../../../research/meta/report.ts';
import { plotsOf, runMeta } from '../../../research/meta/run.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { researchRoute } from '../route-schema.ts';
import { registerEconomicsRoutes } from './economics.ts';
import { registerExtractRoutes } from './extracts.ts';
import { registerRegisterRoutes } from './registers.ts';
import { MetaAnalysisBody, MetaAnalysisResponse } from './schemas.ts';

/**
 * The researcher pages: the meta-analysis (the same computation as `ips meta`, on the CSV sent), the
 * register analysis and the health economics of her projects.
 */
export function registerResearchRoutes(app: Api, deps: Deps) {
  registerRegisterRoutes(app, deps);
  registerEconomicsRoutes(app, deps);
  registerExtractRoutes(app, deps);
  app.post(
    '/api/research/meta-analysis',
    {
      ...researchRoute(
        'Meta-analysis of 2×2 trial counts (FE, MH, DL, REML; Knapp-Hartung; moderators) with forest and funnel plots',
        { body: MetaAnalysisBody, response: { 200: MetaAnalysisResponse, ...problems(400, 401, 403) } },
      ),
      bodyLimit: 3_000_000,
    },
    async (request) => {
      request.repos.metaAnalysis.permit();
      const { csv, labels, ...options } = request.body;
      const result = runMeta(csv, options);
      const plots = plotsOf(result, labels);
      const png = (svg: string) => svgToPng(svg).toString('base64');
      return {
        result,
        forestSvg: plots.forest,
        funnelSvg: plots.funnel,
        forestPng: png(plots.forest),
        funnelPng: png(plots.funnel),
        csv: csvReport(result),
      };
    },
  );
}
