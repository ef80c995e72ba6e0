/**
 * The reader's team server (CouchDB): stored in `storage.local` of this browser only (it holds a
 * password), validated on every read. Connecting asks for the server's host permission first,
 * from the click itself, as browsers require.
 */
import { browser } from 'wxt/browser';
import { fail, ok, type Result } from '../lib/result';
import { couchConfigSchema, type CouchConfig } from '../lib/schema';
import { describeZodError } from '../lib/zod-errors';

export const COUCH_KEY = 'couch';

/** The stored server settings, or `undefined` when none (or damaged ones) are stored. */
export async function readCouchConfig(): Promise<CouchConfig | undefined> {
  const parsed = couchConfigSchema.safeParse((await browser.storage.local.get(COUCH_KEY))[COUCH_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/** The origin pattern a host permission for the server covers. */
export const originPattern = (serverUrl: string): string => `${new URL(serverUrl).origin}/*`;

/** Validates, asks for the server's host permission, then stores; nothing is stored if either fails. */
export async function connectCouch(input: unknown): Promise<Result<CouchConfig>> {
  const parsed = couchConfigSchema.safeParse(input);
  if (!parsed.success) return fail('invalidMessage', describeZodError(parsed.error));
  const granted = await browser.permissions.request({ origins: [originPattern(parsed.data.serverUrl)] }).catch(() => false);
  if (!granted) return fail('forbiddenMessage', browser.i18n.getMessage('couchPermissionDenied', [new URL(parsed.data.serverUrl).origin]));
  await browser.storage.local.set({ [COUCH_KEY]: parsed.data });
  return ok(parsed.data);
}

/** Forgets the server (annotations stay on this device, and on the server). */
export async function disconnectCouch(): Promise<void> {
  await browser.storage.local.remove(COUCH_KEY);
}
