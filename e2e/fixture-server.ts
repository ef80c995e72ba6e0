/**
 * Serves fixture pages from 127.0.0.1 under the sites' real host names, over HTTPS (ft.com is on
 * Chromium's HSTS preload list, so plain HTTP would be upgraded and fail). Chromium reaches it
 * through --host-resolver-rules; Firefox, which has no such flag, through `proxy`, a CONNECT proxy
 * that lets only the fixture hosts through.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureServer {
  /** Port of the HTTPS server on 127.0.0.1. */
  port: number;
  /** Port of the CONNECT proxy on 127.0.0.1 (for Firefox). */
  proxyPort: number;
  /** Host names served. */
  hosts: string[];
  close(): Promise<void>;
}

/** `pages` maps a full https URL (no query) to its HTML. Anything else is a 404. */
export async function startFixtureServer(pages: ReadonlyMap<string, string>): Promise<FixtureServer> {
  const hosts = [...new Set([...pages.keys()].map((url) => new URL(url).hostname))];
  const { key, cert } = selfSignedCertificate(hosts);
  const https = createHttpsServer({ key, cert }, (request, response) => {
    const url = `https://${(request.headers.host ?? '').replace(/:\d+$/, '')}${(request.url ?? '/').split('?')[0]}`;
    const html = pages.get(url);
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html ?? 'not a fixture');
  });
  const port = await listen(https);
  const proxy = createHttpServer((_request, response) => response.writeHead(403).end());
  proxy.on('connect', (request, client) => {
    const [host] = (request.url ?? '').split(':');
    if (!host || !hosts.includes(host)) return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    const closeBoth = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', closeBoth);
    client.on('error', closeBoth);
  });
  const proxyPort = await listen(proxy);
  return {
    port,
    proxyPort,
    hosts,
    close: async () => {
      https.closeAllConnections();
      proxy.closeAllConnections();
      await Promise.all([close(https), close(proxy)]);
    },
  };
}

function selfSignedCertificate(hosts: string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cert-'));
  const san = hosts.map((host) => `DNS:${host}`).join(',');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=claimtrail-fixtures', '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
