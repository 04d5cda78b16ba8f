import type { Api, Deps } from '../deps.ts';
import { registerConvertCandidate } from './convert.ts';
import { registerCreateCandidate } from './create.ts';
import { registerListCandidates } from './list.ts';

/** Anonymous candidates, raised before consent and converted to participants once it is given. */
export function registerCandidateRoutes(app: Api, deps: Deps) {
  registerListCandidates(app, deps);
  registerCreateCandidate(app, deps);
  registerConvertCandidate(app, deps);
}
