import type { SmsGateway } from '../domain/sms-reminder.ts';

/** A reminder is not urgent: a gateway that does not answer in time is tried at the next meeting. */
export const SMS_TIMEOUT_MS = 5000;

/**
 * The SMS gateway under `baseUrl`: POST {base}/sms with {to, text} as JSON; any 2xx is sent.
 * The platform's own shape, which a deployment's gateway (or a small proxy before it) accepts.
 */
export function smsGateway(baseUrl: string, timeoutMs = SMS_TIMEOUT_MS): SmsGateway {
  const url = `${baseUrl.replace(/\/+$/, '')}/sms`;
  return {
    async send(to, text) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to, text }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`the SMS gateway answered ${response.status}`);
    },
  };
}
