// The baseline: the least a Fastify 5 + pg server can do to return one participant row.
import Fastify from 'fastify';
import pg from 'pg';
import { serve } from './serve.ts';

const pool = new pg.Pool({ connectionString: process.env.BENCH_SERVER_DATABASE_URL, max: 10 });
const app = Fastify();
app.get<{ Params: { id: string } }>('/participants/:id', async (request, reply) => {
  const { rows } = await pool.query('select * from participant where id = $1', [request.params.id]);
  return rows[0] ?? reply.status(404).send();
});
await serve(app, () => pool.end());
