/** One test server per test file: started before its tests, stopped (and checked alive) after them. */
import { afterAll, beforeAll } from 'vitest';
import { startCouchServer, type CouchServer } from '../couch-server';

/**
 * Options for a suite of server tests: each test is a few HTTP round trips to a separate process,
 * which on a loaded two-core machine (CI, another test run beside) can pass Vitest's 5 s default.
 */
export const SERVER_TEST_OPTIONS = { timeout: 60_000 };

/**
 * Registers the server's start and stop with Vitest and answers a stand-in whose members reach
 * the running server, so a test file can hold it in a `const` at the top.
 */
export function useCouchServer(): CouchServer {
  let running: CouchServer | undefined;
  beforeAll(async () => {
    running = await startCouchServer();
  }, 120_000); // the first run on a machine installs pouchdb-server (about 10 s, more under load)
  afterAll(async () => {
    await running?.stop();
  });
  const current = (): CouchServer => {
    if (!running) throw new Error('The CouchDB test server is not running (used outside a test?).');
    return running;
  };
  return {
    get url() {
      return current().url;
    },
    get kind() {
      return current().kind;
    },
    admin: (method, path, body) => current().admin(method, path, body),
    createDatabase: () => current().createDatabase(),
    startProxy: () => current().startProxy(),
    stop: () => current().stop(),
  };
}
