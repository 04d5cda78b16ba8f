import type { FastifyInstance } from 'fastify';

/**
 * The web UI's policy: scripts, styles, fonts and requests only from our own origin, nothing inline
 * (the built index.html has none; React and recharts set styles through the DOM, which a policy does
 * not restrict), no plugins, no <base>, never framed.
 */
const UI_DIRECTIVES = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
  'form-action': "'self'",
};

/**
 * The API reference (Swagger UI) runs no inline script either, but its stylesheet and logo are data:
 * images, and its top bar's SVG logo carries one <style> element, allowed by its hash alone (it
 * changes only with @fastify/swagger-ui, and the end-to-end test names the new hash if it does).
 */
const SWAGGER_LOGO_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

const asHeader = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const CONTENT_SECURITY_POLICY = asHeader(UI_DIRECTIVES);
export const DOCS_CONTENT_SECURITY_POLICY = asHeader({
  ...UI_DIRECTIVES,
  'style-src': `'self' ${SWAGGER_LOGO_STYLE}`,
  'img-src': "'self' data:",
});

/** Sent only in production, where the server is reached over HTTPS (and cookies are Secure). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

const DOCS_PATH = /^\/api\/docs(?:[/?]|$)/;

/**
 * On every response: HTML, API answers, files and errors alike. One synchronous hook, since it runs
 * on every read (an async hook costs a promise and a turn of the event loop each).
 */
export function registerSecurityHeaders(app: FastifyInstance, { hsts }: { hsts: boolean }) {
  app.addHook('onSend', (request, reply, payload, done) => {
    const policy = DOCS_PATH.test(request.url) ? DOCS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
    reply.header('content-security-policy', policy);
    if (hsts) reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    // Participant data must never sit in a shared or browser cache.
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
