/**
 * Every request the CouchDB client makes goes through here: the injected `fetch` (no globals in
 * lib/), Basic credentials on every request and no cookies (notes/sync.md §2.3: cookie sessions
 * are brittle in an extension's service worker), a timeout, and each answer validated with Zod
 * before anyone reads it. Failures come back as typed errors, never as throws.
 */
import type { z } from 'zod';
import type { ErrorCode, Result } from '../../result';
import { couchErrorBodySchema, type CouchConfig } from '../../schema/couch';
import { describeZodError } from '../../zod-errors';

/** What went wrong with a sync, in terms a caller can act on. */
export type CouchErrorKind = 'unreachable' | 'unauthorized' | 'notFound' | 'serverError' | 'invalidResponse' | 'invalidConfig' | 'storage';

/** A sync failure: a stable `code` from lib/result.ts, the finer `kind`, a sentence, the HTTP status if any. */
export interface CouchSyncError {
  code: ErrorCode;
  kind: CouchErrorKind;
  message: string;
  status?: number;
}

/** The result type of every CouchDB operation. */
export type CouchResult<T> = Result<T, CouchSyncError>;

// lib/result.ts has no `unauthorized` or `serverError` code yet; these are the nearest.
const codes: Record<CouchErrorKind, ErrorCode> = {
  unreachable: 'unreachable',
  unauthorized: 'forbiddenMessage',
  notFound: 'notFound',
  serverError: 'unreachable',
  invalidResponse: 'invalidJson',
  invalidConfig: 'invalidMessage',
  storage: 'storageFailed',
};

/** A failed `CouchResult` of kind `kind`. */
export function couchFail(kind: CouchErrorKind, message: string, status?: number): { ok: false; error: CouchSyncError } {
  return { ok: false, error: { code: codes[kind], kind, message, ...(status === undefined ? {} : { status }) } };
}

/** One HTTP call: method, path below the database (or `''` for the database itself), JSON body. */
export interface CouchRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
}

/** Sends requests to one database of one server; each answer is parsed with `schema`. */
export interface CouchHttp {
  send<S extends z.ZodType>(request: CouchRequest, schema: S): Promise<CouchResult<z.infer<S>>>;
  /** As `send`, but a 404 answers `undefined` (e.g. a checkpoint not written yet) instead of failing. */
  sendOptional<S extends z.ZodType>(request: CouchRequest, schema: S): Promise<CouchResult<z.infer<S> | undefined>>;
}

/** A client for `config.database` on `config.serverUrl`, through `fetchImpl`; requests time out after `timeoutMs`. */
export function createCouchHttp(config: CouchConfig, fetchImpl: typeof fetch, timeoutMs = 30_000): CouchHttp {
  const base = new URL(`${encodeURIComponent(config.database)}/`, config.serverUrl.endsWith('/') ? config.serverUrl : `${config.serverUrl}/`);
  const authorization = `Basic ${base64Utf8(`${config.username}:${config.password}`)}`;
  const call = async <S extends z.ZodType>(request: CouchRequest, schema: S, allowMissing: boolean): Promise<CouchResult<z.infer<S> | undefined>> => {
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(new URL(request.path, base), {
        method: request.method,
        headers: { Authorization: authorization, Accept: 'application/json', ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        credentials: 'omit',
        signal: AbortSignal.timeout(timeoutMs),
      });
      // The body is read inside the try: a connection cut mid-answer fails here, not at the fetch.
      text = await response.text();
    } catch (error) {
      return couchFail('unreachable', `Could not reach the CouchDB server at ${config.serverUrl} (${describeThrown(error)}). Local changes are kept and will be sent later.`);
    }
    if (response.status === 404 && allowMissing) return { ok: true, value: undefined };
    if (!response.ok) return httpFailure(response.status, text, config);
    return parseBody(text, schema, request.path);
  };
  return {
    send: (request, schema) => call(request, schema, false) as Promise<CouchResult<z.infer<typeof schema>>>,
    sendOptional: (request, schema) => call(request, schema, true),
  };
}

function parseBody<S extends z.ZodType>(text: string, schema: S, path: string): CouchResult<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return couchFail('invalidResponse', `The CouchDB server answered ${path || 'the database request'} with something that is not JSON.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return couchFail('invalidResponse', `Unexpected answer from the CouchDB server to ${path || 'the database request'}: ${describeZodError(parsed.error)}`);
  return { ok: true, value: parsed.data };
}

function httpFailure(status: number, text: string, config: CouchConfig): { ok: false; error: CouchSyncError } {
  const reason = serverReason(text);
  // pouchdb-server answers 401 to an authenticated non-member where CouchDB answers 403: both mean "no access".
  if (status === 401) return couchFail('unauthorized', `CouchDB rejected the credentials for ${config.username}${reason}. Local data is kept; check the user name and password.`, status);
  if (status === 403) return couchFail('unauthorized', `CouchDB refused ${config.username} access to the database ${config.database}${reason}. Local data is kept.`, status);
  if (status === 404) return couchFail('notFound', `The database ${config.database} does not exist on ${config.serverUrl}${reason}.`, status);
  return couchFail('serverError', `The CouchDB server failed with HTTP ${status}${reason}. Local changes are kept and will be sent later.`, status);
}

function serverReason(text: string): string {
  try {
    const body = couchErrorBodySchema.safeParse(JSON.parse(text));
    return body.success ? ` (${body.data.error}${body.data.reason ? `: ${body.data.reason}` : ''})` : '';
  } catch {
    return '';
  }
}

function describeThrown(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'no answer in time';
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}

/** Base64 of the UTF-8 bytes of `text` (btoa alone rejects characters above U+00FF, e.g. in passwords). */
function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
