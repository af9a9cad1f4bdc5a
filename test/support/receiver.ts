// A webhook receiver for tests: a local node:http server that records every request (method,
// path, headers as received, raw body) and answers the status the test chooses; and `until`,
// which polls a probe until it gives a value.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

export interface Receiver {
  /** http://127.0.0.1:PORT/hooks */
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** `answer`: a status, or one per request (the request and how many came before it). */
export async function startReceiver(answer: number | ((r: Received, before: number) => number) = 200): Promise<Receiver> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, rawHeaders: req.rawHeaders, body: Buffer.concat(chunks) };
      const status = typeof answer === 'number' ? answer : answer(r, received.length);
      received.push(r);
      res.writeHead(status, { 'content-type': 'text/plain' }).end(`local ${status}`);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, received, close: () => new Promise((r) => server.close(() => r())) };
}

/** Polls `probe` every 25 ms until it returns something other than undefined or false. */
export async function until<T>(probe: () => T | undefined | false, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
