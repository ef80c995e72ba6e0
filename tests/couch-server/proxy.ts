/**
 * A small HTTP proxy in front of the test server, to make "the server" fail on cue: refuse a
 * request (the server never sees it), or pass it on and cut the connection before the answer
 * comes back (the server did the work, the client cannot know), which is what a network drop in
 * the middle of a push looks like.
 */
import { createServer, request, type IncomingMessage } from 'node:http';

/** Which requests fail, and how: `refuse` before the server sees them, `cutAnswer` after it answered. */
export interface ProxyFault {
  match(request: { method: string; path: string; index: number }): boolean;
  mode: 'refuse' | 'cutAnswer';
}

/** A proxy with its URL and a switch for faults. */
export interface CouchProxy {
  url: string;
  /** Requests seen so far (the `index` of the next one). */
  requests(): number;
  /** Requests that were failed on purpose so far. */
  failed(): number;
  /** Sets the fault in force (`undefined`: pass everything). */
  fault(fault: ProxyFault | undefined): void;
  /** Refuses every request until `fault(undefined)`. */
  down(): void;
  close(): Promise<void>;
}

/** Starts a proxy on a free port of 127.0.0.1 forwarding to `target` (`http://host:port/`). */
export async function startCouchProxy(target: string): Promise<CouchProxy> {
  const upstream = new URL(target);
  let index = 0;
  let failed = 0;
  let current: ProxyFault | undefined;
  const server = createServer((req, res) => {
    const fault = current?.match({ method: req.method ?? 'GET', path: req.url ?? '/', index: index++ }) ? current : undefined;
    if (fault) failed++;
    if (fault?.mode === 'refuse') {
      req.socket.destroy();
      return;
    }
    const forwarded = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer: IncomingMessage) => {
        if (fault) {
          // Let the server finish, then drop the client's connection without a byte of the answer.
          answer.resume();
          answer.on('end', () => res.socket?.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.socket?.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    requests: () => index,
    failed: () => failed,
    fault: (fault) => (current = fault),
    down: () => (current = { match: () => true, mode: 'refuse' }),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
