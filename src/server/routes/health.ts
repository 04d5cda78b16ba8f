import { sql } from 'kysely';
import { z } from 'zod';
import type { Api, Deps } from './deps.ts';
import { systemRoute, withoutSession } from './route-schema.ts';

export function registerHealth(app: Api, { store }: Deps) {
  app.get(
    '/api/health',
    withoutSession(
      systemRoute('Liveness and which database the server runs on', {
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      }),
    ),
    async () => {
      await sql`select 1`.execute(store.db);
      return { status: 'ok' as const, database: store.database.kind };
    },
  );
}
