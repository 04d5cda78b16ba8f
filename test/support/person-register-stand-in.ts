import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { syntheticFnr } from '../../src/domain/fnr.ts';

/** A repeatable sequence, so the same synthetic numbers come out on every run. */
function sequence(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 9301 + 49297) % 233280;
    return x / 233280;
  };
}

/** Synthetic people the stand-in knows, by fødselsnummer (Tenor-style test numbers, made-up names). */
export const PEOPLE = {
  ordinary: syntheticFnr(new Date(Date.UTC(1990, 0, 11)), sequence(1)),
  confidential: syntheticFnr(new Date(Date.UTC(1988, 4, 21)), sequence(2)),
  strict: syntheticFnr(new Date(Date.UTC(1979, 9, 2)), sequence(3)),
  /** Answered only after `slowMs`, beyond the platform's timeout. */
  slow: syntheticFnr(new Date(Date.UTC(1985, 6, 7)), sequence(4)),
  /** Answered 500, as any outage would. */
  broken: syntheticFnr(new Date(Date.UTC(1983, 2, 3)), sequence(5)),
} as const;

const GRADERING: Record<string, string> = {
  [PEOPLE.ordinary]: 'UGRADERT',
  [PEOPLE.confidential]: 'FORTROLIG',
  [PEOPLE.strict]: 'STRENGT_FORTROLIG',
};

/** PDL's answer to hentPerson in its documented shape, with made-up names. */
function hentPerson(fnr: string) {
  const gradering = GRADERING[fnr];
  if (!gradering)
    return {
      data: { hentPerson: null },
      errors: [{ message: 'Fant ikke person', path: ['hentPerson'], extensions: { code: 'not_found' } }],
    };
  return {
    data: {
      hentPerson: {
        navn: [{ fornavn: 'Synne', mellomnavn: null, etternavn: `Registersen-${gradering.toLowerCase()}` }],
        adressebeskyttelse: gradering === 'UGRADERT' ? [] : [{ gradering }],
      },
    },
  };
}

export interface PersonRegisterStandIn {
  /** The URL to configure as IPS_PERSON_LOOKUP_URL. */
  url: string;
  /** The identity numbers asked for, in order. */
  asked: string[];
  close(): Promise<void>;
}

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function bodyOf(req: IncomingMessage): Promise<{ query?: string; variables?: { ident?: string } }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** A stand-in for the population register's GraphQL endpoint on loopback, knowing PEOPLE only. */
export async function startPersonRegisterStandIn({ slowMs = 5000 } = {}): Promise<PersonRegisterStandIn> {
  const asked: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    const fnr = body.variables?.ident ?? '';
    asked.push(fnr);
    if (req.method !== 'POST' || !body.query?.includes('hentPerson'))
      return answer(res, 400, { errors: [{ message: 'ugyldig spørring' }] });
    if (fnr === PEOPLE.broken) return answer(res, 500, { errors: [{ message: 'Intern feil' }] });
    if (fnr === PEOPLE.slow) {
      timers.add(setTimeout(() => answer(res, 200, hentPerson(PEOPLE.ordinary)), slowMs));
      return;
    }
    answer(res, 200, hentPerson(fnr));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    asked,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
