import type { Api, Deps } from '../deps.ts';

export function registerActivityRoutes(app: Api, deps: Deps) {
  void app;
  void deps;
}
