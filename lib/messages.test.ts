import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createClient, dispatch, isMessageOf, parseRequest, type Handlers, type MessageMap } from './messages';
import { envelope } from './wire';

const map = {
  add: { request: z.object({ a: z.number(), b: z.number() }), response: z.object({ sum: z.number() }) },
  explode: { request: z.object({}), response: z.object({}) },
} satisfies MessageMap;

const handlers: Handlers<typeof map, undefined> = {
  add: async ({ a, b }) => ({ sum: a + b }),
  explode: async () => {
    throw new Error('boom');
  },
};

describe('parseRequest', () => {
  it('accepts a well-formed message of the map', () => {
    expect(parseRequest(map, envelope<typeof map, 'add'>('add', { a: 1, b: 2 }))).toEqual({ ok: true, value: { type: 'add', payload: { a: 1, b: 2 } } });
  });

  it('rejects unknown types, including inherited property names', () => {
    for (const type of ['subtract', 'toString', '__proto__']) {
      expect(parseRequest(map, { claimtrail: 1, type, payload: {} })).toMatchObject({ ok: false, error: { code: 'unknownMessage' } });
    }
  });

  it('rejects an invalid payload with the field path', () => {
    const result = parseRequest(map, { claimtrail: 1, type: 'add', payload: { a: 1, b: 'two' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidMessage', message: expect.stringContaining('b: ') } });
  });

  it('rejects anything that is not an envelope', () => {
    for (const raw of [null, 42, 'add', { type: 'add', payload: {} }, { claimtrail: 2, type: 'add', payload: {} }]) {
      expect(parseRequest(map, raw)).toMatchObject({ ok: false, error: { code: 'invalidMessage' } });
    }
  });
});

describe('dispatch', () => {
  it('answers with the handler result', async () => {
    expect(await dispatch(map, handlers, envelope<typeof map, 'add'>('add', { a: 2, b: 3 }), undefined)).toEqual({ ok: true, value: { sum: 5 } });
  });

  it('turns a throwing handler into a result, never a throw', async () => {
    expect(await dispatch(map, handlers, envelope<typeof map, 'explode'>('explode', {}), undefined)).toEqual({ ok: false, error: { code: 'handlerFailed', message: '"explode" failed: boom' } });
  });

  it('refuses to pass on an answer that breaks the response schema', async () => {
    const sloppy = { ...handlers, add: async () => ({ sum: 'many' }) } as unknown as typeof handlers;
    expect(await dispatch(map, sloppy, envelope<typeof map, 'add'>('add', { a: 1, b: 1 }), undefined)).toMatchObject({ ok: false, error: { code: 'handlerFailed' } });
  });
});

describe('createClient', () => {
  it('round-trips through a transport that dispatches', async () => {
    const call = createClient(map, (message) => dispatch(map, handlers, message, undefined));
    expect(await call('add', { a: 20, b: 22 })).toEqual({ ok: true, value: { sum: 42 } });
  });

  it('reports a transport failure as unreachable', async () => {
    const call = createClient(map, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await call('add', { a: 1, b: 1 })).toMatchObject({ ok: false, error: { code: 'unreachable', message: expect.stringContaining('Receiving end does not exist') } });
  });

  it('reports a malformed or invalid answer', async () => {
    expect(await createClient(map, async () => undefined)('add', { a: 1, b: 1 })).toMatchObject({ ok: false, error: { code: 'invalidMessage' } });
    expect(await createClient(map, async () => ({ ok: true, value: { sum: 'x' } }))('add', { a: 1, b: 1 })).toMatchObject({ ok: false, error: { code: 'invalidMessage' } });
  });
});

describe('isMessageOf', () => {
  it('tells a map’s own messages from the rest', () => {
    expect(isMessageOf(map, envelope<typeof map, 'add'>('add', { a: 1, b: 1 }))).toBe(true);
    expect(isMessageOf(map, { claimtrail: 1, type: 'reportPage', payload: {} })).toBe(false);
    expect(isMessageOf(map, { type: 'add' })).toBe(false);
  });
});
