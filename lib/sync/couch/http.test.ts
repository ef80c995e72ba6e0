import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createCouchHttp } from './http';

const config = { serverUrl: 'https://couch.example.org/db-proxy', database: 'team/desk', username: 'jörg', password: 'pässword', shareCorpus: false };
const answer = (status: number, body: string) => vi.fn<typeof fetch>(async () => new Response(body, { status }));
const info = z.looseObject({ db_name: z.string() });

describe('CouchDB HTTP', () => {
  it('sends Basic credentials (UTF-8) on every request, no cookies, and below a path prefix', async () => {
    const fetchImpl = answer(200, '{"db_name":"team/desk"}');
    const http = createCouchHttp(config, fetchImpl);
    expect(await http.send({ method: 'GET', path: '' }, info)).toEqual({ ok: true, value: { db_name: 'team/desk' } });
    await http.send({ method: 'POST', path: '_revs_diff', body: {} }, z.unknown());
    const [[firstUrl, first], [secondUrl, second]] = fetchImpl.mock.calls as [[URL, RequestInit], [URL, RequestInit]];
    expect(String(firstUrl)).toBe('https://couch.example.org/db-proxy/team%2Fdesk/');
    expect(String(secondUrl)).toBe('https://couch.example.org/db-proxy/team%2Fdesk/_revs_diff');
    for (const init of [first, second]) {
      expect(init.credentials).toBe('omit');
      expect((init.headers as Record<string, string>).Authorization).toBe(`Basic ${Buffer.from('jörg:pässword').toString('base64')}`);
    }
    expect(second.body).toBe('{}');
  });

  it.each([
    [401, '{"error":"unauthorized","reason":"Name or password is incorrect."}', 'unauthorized', 'forbiddenMessage', 'CouchDB rejected the credentials for jörg (unauthorized: Name or password is incorrect.)'],
    [403, '{"error":"forbidden","reason":"You are not allowed to access this db."}', 'unauthorized', 'forbiddenMessage', 'CouchDB refused jörg access to the database team/desk'],
    [404, '{"error":"not_found","reason":"Database does not exist."}', 'notFound', 'notFound', 'The database team/desk does not exist'],
    [500, 'oops', 'serverError', 'unreachable', 'The CouchDB server failed with HTTP 500'],
  ])('turns HTTP %i into a typed error', async (status, body, kind, code, message) => {
    const result = await createCouchHttp(config, answer(status, body)).send({ method: 'GET', path: '' }, info);
    expect(result).toMatchObject({ ok: false, error: { kind, code, status } });
    expect(!result.ok && result.error.message).toContain(message);
  });

  it('answers undefined for a missing optional document', async () => {
    expect(await createCouchHttp(config, answer(404, '{"error":"not_found"}')).sendOptional({ method: 'GET', path: '_local/x' }, info)).toEqual({ ok: true, value: undefined });
  });

  it('reports a network failure as unreachable and a malformed answer with its field path', async () => {
    const down = vi.fn<typeof fetch>(async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:5984') });
    });
    const unreachable = await createCouchHttp(config, down).send({ method: 'GET', path: '' }, info);
    expect(unreachable).toMatchObject({ ok: false, error: { kind: 'unreachable', code: 'unreachable' } });
    expect(!unreachable.ok && unreachable.error.message).toContain('ECONNREFUSED');
    expect(await createCouchHttp(config, answer(200, '<html>')).send({ method: 'GET', path: '' }, info)).toMatchObject({ ok: false, error: { kind: 'invalidResponse' } });
    const wrongShape = await createCouchHttp(config, answer(200, '{"db_name":3}')).send({ method: 'GET', path: '' }, info);
    expect(!wrongShape.ok && wrongShape.error.message).toContain('db_name:');
  });

  it('gives up on a server that does not answer in time', async () => {
    const hang = vi.fn<typeof fetch>((_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))));
    const result = await createCouchHttp(config, hang, 20).send({ method: 'GET', path: '' }, info);
    expect(result).toMatchObject({ ok: false, error: { kind: 'unreachable' } });
    expect(!result.ok && result.error.message).toContain('no answer in time');
  });
});
