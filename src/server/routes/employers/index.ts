import type { Api, Deps } from '../deps.ts';

export function registerJobDevelopmentRoutes(app: Api, deps: Deps) {
  void app;
  void deps;
}
