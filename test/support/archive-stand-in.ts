import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the stand-in answers the next requests: file it, refuse it (400), or file it and answer too late. */
export type ArchiveMode = 'file' | 'reject' | 'slow';

export interface ArchiveStandIn {
  /** The base URL to configure as IPS_NAV_ARCHIVE_URL. */
  url: string;
  mode: ArchiveMode;
  /** Every request body received, in order. */
  requests: Record<string, unknown>[];
  /** The journal posts created, by eksternReferanseId: a duplicate is answered 409, never filed twice. */
  filed: Map<string, { journalpostId: string; pdf: Buffer }>;
  close(): Promise<void>;
}

const PATH = '/rest/journalpostapi/v1/journalpost';

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

function pdfOf(body: Record<string, unknown>): Buffer {
  const [document] = body.dokumenter as { dokumentvarianter: { fysiskDokument: string }[] }[];
  return Buffer.from(document?.dokumentvarianter[0]?.fysiskDokument ?? '', 'base64');
}

/**
 * A stand-in for NAV's dokarkiv on loopback, with the shape of "opprett journalpost": 201 with
 * the journal post, 409 with the existing one for a known eksternReferanseId, 400 with a message.
 * Nothing here is NAV's code, only the documented request and response shape.
 */
export async function startArchiveStandIn({ slowMs = 1500 } = {}): Promise<ArchiveStandIn> {
  const timers = new Set<NodeJS.Timeout>();
  const standIn = {
    mode: 'file' as ArchiveMode,
    requests: [] as Record<string, unknown>[],
    filed: new Map(),
  };
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== PATH)
      return answer(res, 404, { message: 'not found' });
    const body = await bodyOf(req);
    standIn.requests.push(body);
    if (standIn.mode === 'reject')
      return answer(res, 400, {
        status: 400,
        error: 'Bad Request',
        message: 'bruker.id er ikke et gyldig fødselsnummer',
      });
    const reference = String(body.eksternReferanseId);
    const existing = standIn.filed.get(reference);
    if (existing)
      return answer(res, 409, { journalpostId: existing.journalpostId, journalpostferdigstilt: false });
    const journalpostId = String(600000000 + standIn.filed.size + 1);
    standIn.filed.set(reference, { journalpostId, pdf: pdfOf(body) });
    const created = {
      journalpostId,
      journalpostferdigstilt: false,
      dokumenter: [{ dokumentInfoId: `${journalpostId}1` }],
    };
    if (standIn.mode === 'file') return answer(res, 201, created);
    const timer = setTimeout(() => answer(res, 201, created), slowMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(standIn, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
