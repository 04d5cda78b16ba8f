import type { Api, Deps } from '../deps.ts';

export function registerCodeListRoutes(app: Api, deps: Deps) {
  void app;
  void deps;
}
