import type { Api, Deps } from '../deps.ts';

export function registerCaseworkRoutes(app: Api, deps: Deps) {
  void app;
  void deps;
}
