/** Installs pouchdb-server on first use (see install.sh) and finds free ports for it. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const here = import.meta.dirname;
const target = process.env.COUCH_SERVER_DIR ?? join(here, '..', '..', 'node_modules', '.cache', 'couch-test-server');

/** The pouchdb-server entry script, run with this Node. */
export const couchServerBin = join(target, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');

/** Runs install.sh unless pouchdb-server is installed from the current lockfile (about 10 s the first time). */
export function ensureCouchServerInstalled(): void {
  const lock = join(target, 'package-lock.json');
  const current = existsSync(couchServerBin) && existsSync(lock) && readFileSync(lock, 'utf8') === readFileSync(join(here, 'package-lock.json'), 'utf8');
  if (!current) execFileSync('bash', [join(here, 'install.sh')], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, COUCH_SERVER_DIR: target } });
}

/** A TCP port of 127.0.0.1 free at the time of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
