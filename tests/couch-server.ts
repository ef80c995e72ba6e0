/**
 * A CouchDB-protocol server for sync tests and the sync benchmark (notes/sync.md §3, §5).
 *
 * With `COUCH_URL` set (e.g. `http://admin:secret@127.0.0.1:5984`, or the credentials in
 * `COUCH_ADMIN`/`COUCH_PASSWORD`) the tests run against that real CouchDB. Otherwise a fresh
 * pouchdb-server 4.2.0 runs in memory on a free port of 127.0.0.1, installed on first use by
 * tests/couch-server/install.sh from that folder's own package.json and lockfile with
 * `npm ci --omit=optional` (the app's own optional native packages must not be dropped). pouchdb-server has two crash triggers that this
 * harness never pulls: an anonymous `PUT /<newdb>` once an admin exists, and `filter=_selector`.
 * If the server dies anyway, every later call fails loudly with its exit code and last output.
 *
 * "The server goes down" is simulated by a proxy in front of it (`startProxy`), which can refuse
 * requests or let the server handle one and then cut the connection before the answer arrives:
 * the nastiest failure, which a restart of the server would not reproduce.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { couchServerBin, ensureCouchServerInstalled, freePort } from './couch-server/install';
import { startCouchProxy, type CouchProxy } from './couch-server/proxy';

export type { CouchProxy, ProxyFault } from './couch-server/proxy';

/** A database made for one test, with a member user who is not an admin. */
export interface CouchTestDatabase {
  name: string;
  username: string;
  password: string;
}

/** A running server and the admin helpers tests need. */
export interface CouchServer {
  /** Base URL, without credentials, ending in `/`. */
  url: string;
  /** `pouchdb-server` or `COUCH_URL`. */
  kind: 'pouchdb-server' | 'couchdb';
  /** A request as the server admin; `path` is relative to the server root. Answers status and parsed JSON. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  /** A new database whose `_security` lists a new member user (created in `_users`). */
  createDatabase(): Promise<CouchTestDatabase>;
  /** A proxy in front of the server, for cutting connections. */
  startProxy(): Promise<CouchProxy>;
  /** Stops the server (or, with `COUCH_URL`, deletes what the tests created); fails if it had died. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 20_000;

/** Starts pouchdb-server (or connects to `COUCH_URL`) and makes its admin. */
export async function startCouchServer(): Promise<CouchServer> {
  const external = process.env.COUCH_URL;
  if (external) return connect(external);
  ensureCouchServerInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // cwd: pouchdb-server writes log.txt there; --config: the admin lands in that file, so a fresh folder each run.
  const child = spawn(process.execPath, [couchServerBin, '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--config', join(dir, 'config.json'), '-n', '--no-color'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watch = watchProcess(child);
  try {
    await waitUntilReady(url, watch);
    const password = `admin-${Math.random().toString(36).slice(2)}`;
    const made = await fetch(new URL('_config/admins/admin', url), { method: 'PUT', body: JSON.stringify(password) });
    if (!made.ok) throw new Error(`pouchdb-server refused to create its admin: HTTP ${made.status}`);
    return serverApi(url, 'pouchdb-server', { username: 'admin', password }, watch.check, async () => {
      watch.check();
      await watch.stop();
      rmSync(dir, { recursive: true, force: true });
    });
  } catch (error) {
    await watch.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function connect(raw: string): CouchServer {
  const parsed = new URL(raw);
  const admin = { username: decodeURIComponent(parsed.username) || process.env.COUCH_ADMIN || '', password: decodeURIComponent(parsed.password) || process.env.COUCH_PASSWORD || '' };
  if (!admin.username) throw new Error('COUCH_URL needs admin credentials: in the URL or in COUCH_ADMIN/COUCH_PASSWORD.');
  parsed.username = '';
  parsed.password = '';
  const url = parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
  const created: string[] = [];
  const api = serverApi(url, 'couchdb', admin, () => undefined, async () => {
    for (const path of created) await api.admin('DELETE', path);
  }, created);
  return api;
}

function serverApi(url: string, kind: CouchServer['kind'], credentials: { username: string; password: string }, check: () => void, stop: () => Promise<void>, created: string[] = []): CouchServer {
  const authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  let count = 0;
  const api: CouchServer = {
    url,
    kind,
    async admin(method, path, body) {
      check();
      const response = await fetch(new URL(path, url), {
        method,
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : undefined };
    },
    async createDatabase() {
      const suffix = `${process.pid}-${++count}-${Math.random().toString(36).slice(2, 8)}`;
      const db = { name: `ct-test-${suffix}`, username: `member-${suffix}`, password: `pw-${suffix}` };
      const userPath = `_users/org.couchdb.user:${db.username}`;
      await expectStatus(api.admin('PUT', db.name), 'create the database');
      const user = await expectStatus(api.admin('PUT', userPath, { name: db.username, password: db.password, roles: [], type: 'user' }), 'create the member user');
      await expectStatus(api.admin('PUT', `${db.name}/_security`, { admins: { names: [], roles: [] }, members: { names: [db.username], roles: [] } }), 'set _security');
      created.push(db.name, `${userPath}?rev=${(user as { rev?: string }).rev}`);
      return db;
    },
    startProxy: () => startCouchProxy(url),
    stop,
  };
  return api;
}

async function expectStatus(call: Promise<{ status: number; json: unknown }>, what: string): Promise<unknown> {
  const { status, json } = await call;
  if (status < 200 || status >= 300) throw new Error(`Could not ${what}: HTTP ${status} ${JSON.stringify(json)}`);
  return json;
}

function watchProcess(child: ChildProcess) {
  let output = '';
  let exit: string | undefined;
  let stopping = false;
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.on('exit', (code, signal) => {
    exit = `exit code ${code ?? signal}`;
    resolve();
  }));
  return {
    check() {
      if (exit && !stopping) throw new Error(`pouchdb-server died during the tests (${exit}). Its last output:\n${output}`);
    },
    async stop() {
      stopping = true;
      if (exit) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `GET /` every 50 ms until it answers 200, the process dies, or the bound passes. */
async function waitUntilReady(url: string, watch: ReturnType<typeof watchProcess>): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    watch.check();
    const ready = await fetch(url).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`pouchdb-server did not answer on ${url} within ${READY_TIMEOUT_MS / 1000} s.`);
}
