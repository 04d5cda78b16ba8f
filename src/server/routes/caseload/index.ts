import type { Api, Deps } from '../deps.ts';

export function registerCaseloadRoutes(app: Api, deps: Deps) {
  void app;
  void deps;
}
