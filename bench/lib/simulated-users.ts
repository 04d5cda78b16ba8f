// Signed-in staff clicking through the app, for the load benches (pglite-users, users).
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { percentile, round } from './results.ts';

/** Demo staff the simulated users sign in as, with their own caseloads. */
export const STAFF = ['kari.jobb', 'jonas.jobb', 'sara.jobb'];
/** The supervisor's overview decides and audits every participant of the programme: many statements. */
export const SUPERVISOR = 'marit.leder';

export interface Session {
  cookie: string;
  csrf: string;
  participants: string[];
}

export type Action = 'read participant' | 'caseload' | 'add note' | 'supervisor overview';
export const ACTIONS: Action[] = ['read participant', 'caseload', 'add note', 'supervisor overview'];

export interface Sample {
  action: Action;
  ms: number;
  /** The HTTP status, or 0 when the request failed without an answer (refused, reset). */
  status: number;
}

export const MIX_TEXT =
  "55 % read a participant, 15 % the caseload page, 20 % add a note (a write), 10 % the supervisor's " +
  'overview (many statements: every participant of the programme decided and audited)';

export async function signIn(url: string, username: string): Promise<Session> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ips_session='));
  if (!response.ok || !cookie) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const session = { cookie: cookie.split(';')[0] as string, csrf: csrfToken, participants: [] as string[] };
  const caseload = (await (
    await fetch(`${url}/api/caseload`, { headers: { cookie: session.cookie } })
  ).json()) as {
    rows: { id: string }[];
  };
  session.participants = caseload.rows.map((r) => r.id);
  return session;
}

/** A job specialist's session: the users read and write in her caseload, so she must have one. */
export async function signInStaff(url: string, username: string): Promise<Session> {
  const session = await signIn(url, username);
  if (session.participants.length === 0) throw new Error(`${username} has no caseload`);
  return session;
}

/** One request of a simulated user: mostly reads of a record, some caseload pages, some notes. */
async function act(url: string, s: Session, supervisor: Session, n: number): Promise<Sample> {
  const participant = s.participants[n % s.participants.length] as string;
  const roll = Math.random();
  const action: Action =
    roll < 0.55
      ? 'read participant'
      : roll < 0.7
        ? 'caseload'
        : roll < 0.9
          ? 'add note'
          : 'supervisor overview';
  const started = performance.now();
  const [target, init] = request(url, s, supervisor, action, participant, n);
  try {
    const response = await fetch(target, init);
    await response.arrayBuffer();
    return { action, ms: performance.now() - started, status: response.status };
  } catch {
    return { action, ms: performance.now() - started, status: 0 };
  }
}

function request(
  url: string,
  s: Session,
  supervisor: Session,
  action: Action,
  participant: string,
  n: number,
): [string, RequestInit] {
  const read = (path: string, who: Session): [string, RequestInit] => [
    `${url}${path}`,
    { headers: { cookie: who.cookie } },
  ];
  if (action === 'read participant') return read(`/api/participants/${participant}`, s);
  if (action === 'caseload') return read('/api/caseload', s);
  if (action === 'supervisor overview') return read('/api/caseload/overview', supervisor);
  return [
    `${url}/api/participants/${participant}/notes`,
    {
      method: 'POST',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ category: 'job_plan', body: `Bench note ${n}` }),
    },
  ];
}

/** A user in a closed loop until `until`: request, think 0–thinkMs, repeat. */
export async function user(
  url: string,
  [s, supervisor]: [Session, Session],
  until: number,
  thinkMs: number,
  out: Sample[],
) {
  // Users do not all start in the same millisecond.
  await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
  for (let n = 0; performance.now() < until; n++) {
    out.push(await act(url, s, supervisor, n));
    await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
  }
}

export interface Row {
  name: string;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarise(samples: Sample[], seconds: number): Row[] {
  const row = (name: string, xs: Sample[]): Row => {
    const ms = xs.map((x) => x.ms);
    return {
      name,
      requests: xs.length,
      errors: xs.filter((x) => x.status === 0 || x.status >= 400).length,
      perSecond: round(xs.length / seconds, 1),
      p50: round(percentile(ms, 50)),
      p99: round(percentile(ms, 99)),
      max: round(Math.max(...ms)),
    };
  };
  return [
    row('all', samples),
    ...ACTIONS.map((a) =>
      row(
        a,
        samples.filter((s) => s.action === a),
      ),
    ),
  ];
}
