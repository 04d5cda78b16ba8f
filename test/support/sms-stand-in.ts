import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SmsStandIn {
  /** The base URL to configure as IPS_SMS_GATEWAY_URL. */
  url: string;
  /** Every message received, in order. */
  messages: { to: string; text: string }[];
  close(): Promise<void>;
}

/** A stand-in SMS gateway on loopback: POST /sms with {to, text}, answered 202. */
export async function startSmsStandIn(): Promise<SmsStandIn> {
  const messages: { to: string; text: string }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === 'POST' && req.url === '/sms')
      messages.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    res.writeHead(req.url === '/sms' ? 202 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
