import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { OidcFlow } from './oidc-client.ts';
import { POPULATIONS } from './oidc-settings.ts';

export const FLOW_COOKIE = 'ips_oidc_flow';
/** Time enough to sign in at the provider; a flow older than this is refused. */
export const FLOW_MAX_AGE_MS = 10 * 60 * 1000;

const Sealed = z.object({
  population: z.enum(POPULATIONS),
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  returnTo: z.string().nullable(),
  startedAt: z.number(),
});

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`oidc-flow:${payload}`).digest('base64url');
}

/**
 * The flow travels in an HttpOnly cookie signed with the session secret, so the server keeps no
 * state for a sign-in that may never return; the signature stops a browser from making up its own.
 */
export function sealFlow(secret: string, flow: OidcFlow, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...flow, startedAt: now })).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The flow in a cookie this server signed less than FLOW_MAX_AGE_MS ago, else null. */
export function openFlow(secret: string, sealed: string | undefined, now = Date.now()): OidcFlow | null {
  const [payload, given] = sealed?.split('.') ?? [];
  if (!payload || !given) return null;
  const expected = Buffer.from(mac(secret, payload));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  const parsed = Sealed.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  if (!parsed.success || now - parsed.data.startedAt > FLOW_MAX_AGE_MS) return null;
  const { startedAt: _, ...flow } = parsed.data;
  return flow;
}
