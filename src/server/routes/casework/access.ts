import type { FastifyRequest } from 'fastify';
import type { Store } from '../../../db/store.ts';
import type { AccessContext, PolicyFn } from '../../../domain/access.ts';
import { accessContext } from '../access-context.ts';
import type { Deps } from '../deps.ts';

type RepositoryClass<R> = new (store: Store, ctx: AccessContext, policy: PolicyFn) => R;

/** A casework repository for this request's caller: the only way these routes reach the data. */
export function caseworkRepo<R>(Repository: RepositoryClass<R>, request: FastifyRequest, deps: Deps): R {
  return new Repository(deps.store, accessContext(request), deps.policy);
}
