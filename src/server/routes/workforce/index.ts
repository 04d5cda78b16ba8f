import type { Api, Deps } from '../deps.ts';

export function registerWorkforceRoutes(app: Api, deps: Deps) {
  void app;
  void deps;
}
