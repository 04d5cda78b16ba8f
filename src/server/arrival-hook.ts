import type { FastifyInstance } from 'fastify';
import { runAsArrival, takeArrival } from '../db/arrival.ts';

/**
 * Numbers each request as it arrives and runs the rest of it (later hooks, body parsing, handler)
 * as that arrival, so the embedded database serves queries first come, first served by request
 * (src/db/arrival.ts). Registered before any hook that queries.
 */
export function registerArrivalHook(app: FastifyInstance) {
  app.addHook('onRequest', (_request, _reply, done) => {
    runAsArrival(takeArrival(), done);
  });
}
