import Fastify from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { arrivalNow } from '../db/arrival.ts';
import { registerArrivalHook } from './arrival-hook.ts';

const app = Fastify();
let url = '';

beforeAll(async () => {
  registerArrivalHook(app);
  let seenOnRequest = 0;
  // A later onRequest hook (the session lookup queries there) already runs as the request.
  app.addHook('onRequest', async () => {
    seenOnRequest = arrivalNow();
  });
  // Outside a request every call takes a fresh number: equal numbers show the request's own is kept.
  const numbers = async () => ({ hook: seenOnRequest, first: arrivalNow(), again: arrivalNow() });
  app.get('/numbers', numbers);
  app.post('/numbers', numbers);
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(() => app.close());

async function numbersOf(method: 'GET' | 'POST') {
  const body = method === 'POST' ? JSON.stringify({ note: 'x'.repeat(100_000) }) : undefined;
  const headers = body ? { 'content-type': 'application/json' } : undefined;
  const response = await fetch(`${url}/numbers`, { method, headers, body });
  return (await response.json()) as { hook: number; first: number; again: number };
}

it('gives each request one arrival number, kept from its first hook to its handler', async () => {
  const read = await numbersOf('GET');
  expect(read.again).toBe(read.first);
  expect(read.hook).toBe(read.first);
});

it('keeps the number across the parsing of a request body', async () => {
  const write = await numbersOf('POST');
  expect(write.again).toBe(write.first);
  expect(write.hook).toBe(write.first);
});

it('numbers requests in the order they arrive', async () => {
  const earlier = await numbersOf('GET');
  const later = await numbersOf('POST');
  expect(later.first).toBeGreaterThan(earlier.first);
});
