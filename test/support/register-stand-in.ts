import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Organisation numbers the stand-in answers for, one per kind of answer. Valid (mod-11) numbers
 * with made-up units: nothing here is a real company's data, only the register's response shape.
 */
export const REGISTER_NUMBERS = {
  found: '912340104',
  /** Exists in the register's shape but has slettedato set (a deleted unit the register still shows). */
  deleted: '912340112',
  /** Answered 410 Gone, as the register does for a removed unit. */
  removed: '912340120',
  /** Answered only after `slowMs`, beyond the platform's timeout. */
  slow: '912340139',
  /** Answered 500, as any outage would. */
  broken: '912340147',
  /** Not in the register at all: 404. */
  unknown: '912340155',
} as const;

/** The register's documented shape for GET /enhetsregisteret/api/enheter/{orgnr}, with made-up values. */
export function registerUnitJson(orgNumber: string, extra: Record<string, unknown> = {}) {
  return {
    organisasjonsnummer: orgNumber,
    navn: 'FJORDLYS TESTBAKERI AS',
    organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
    forretningsadresse: {
      land: 'Norge',
      landkode: 'NO',
      postnummer: '8006',
      poststed: 'BODØ',
      adresse: ['Prøvegata 12'],
      kommune: 'BODØ',
      kommunenummer: '1804',
    },
    naeringskode1: { kode: '10.710', beskrivelse: 'Produksjon av brød og ferske konditorvarer' },
    registrertIMvaregisteret: true,
    _links: { self: { href: `https://register.invalid/enhetsregisteret/api/enheter/${orgNumber}` } },
    ...extra,
  };
}

export interface RegisterStandIn {
  /** The base URL to configure as IPS_ENHETSREGISTERET_URL. */
  url: string;
  /** The paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

function answer(res: ServerResponse, status: number, body?: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

/** A stand-in for Enhetsregisteret on loopback, answering each of REGISTER_NUMBERS its way. */
export async function startRegisterStandIn({ slowMs = 5000 } = {}): Promise<RegisterStandIn> {
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const orgNumber = /^\/enhetsregisteret\/api\/enheter\/(\d{9})$/.exec(req.url ?? '')?.[1];
    if (orgNumber === REGISTER_NUMBERS.found) return answer(res, 200, registerUnitJson(orgNumber));
    if (orgNumber === REGISTER_NUMBERS.deleted)
      return answer(res, 200, registerUnitJson(orgNumber, { slettedato: '2023-11-30' }));
    if (orgNumber === REGISTER_NUMBERS.removed)
      return answer(res, 410, { organisasjonsnummer: orgNumber, slettedato: '2022-06-15' });
    if (orgNumber === REGISTER_NUMBERS.broken) return answer(res, 500, { feilmelding: 'Intern feil' });
    if (orgNumber === REGISTER_NUMBERS.slow) {
      const timer = setTimeout(() => answer(res, 200, registerUnitJson(orgNumber)), slowMs);
      timers.add(timer);
      return;
    }
    answer(res, 404, { feilmelding: 'Enheten finnes ikke' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
