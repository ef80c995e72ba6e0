import { describe, expect, it, vi } from 'vitest';
import { contentToBackground, uiToBackground } from '../../lib/messages';
import { fail, ok } from '../../lib/result';
import type { Annotation, PageAnnotations, PageText } from '../../lib/schema';
import { draftAnnotation, uuid } from '../../tests/annotations';
import { envelope } from '../../lib/wire';
import { EditorSessions } from './editor-sessions';
import { createRouter, type RouterDeps, type SenderInfo } from './router';
import { TabStates } from './tab-states';

const URL = 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html';
const page: PageText = { url: URL, canonicalUrl: URL, outletId: 'netease', title: '英媒', sourceLines: [], text: 'One claim. Another claim.', blocks: [{ start: 0, end: 25 }] };
const note = (n: number, extra: Partial<Annotation> = {}): Annotation => ({ id: uuid(n), type: 'Annotation', ...draftAnnotation(URL), created: '2026-03-01T10:00:00.000Z', modified: '2026-03-01T10:00:00.000Z', deleted: false, revision: '1-00000000000000aa', ...extra });
const SESSION = uuid(0xabc);

function deps() {
  const placed: PageAnnotations = {
    canonicalUrl: URL,
    placed: [
      { status: 'anchored', annotation: note(1), start: 0, end: 9 },
      { status: 'anchored', annotation: note(2), start: 11, end: 24 },
      { status: 'orphan', annotation: note(3, { deleted: true }) },
    ],
    tags: ['ai', 'ft'],
  };
  const annotations = {
    annotate: vi.fn(),
    place: vi.fn(async () => placed),
    update: vi.fn(async (id: string) => ({ ...note(1), id, revision: '2-00000000000000bb' })),
    remove: vi.fn(async (id: string) => ({ ...note(1), id, deleted: true })),
    written: vi.fn(async () => undefined),
  };
  const tellEditor = vi.fn(async () => ok({ handled: true }));
  const d = { tabs: new TabStates(), askTabPage: vi.fn(async () => fail('unreachable', 'no content script')), annotations, editors: new EditorSessions(() => SESSION), tellEditor } as unknown as RouterDeps;
  d.tabs.setPage(7, page);
  return { d, annotations, tellEditor, route: createRouter(d) };
}

/** A content script in tab 7 (a page origin: the browser says it is not one of our pages). */
const contentScript: SenderInfo = { tabId: 7, frameId: 0, isExtensionPage: false };
/** The editor frame: one of our pages, framed in tab 7. */
const frame: SenderInfo = { tabId: 7, frameId: 12, isExtensionPage: true };
const content = <K extends keyof typeof contentToBackground>(type: K, payload: unknown) => envelope<typeof contentToBackground, K>(type, payload as never);
const ui = <K extends keyof typeof uiToBackground>(type: K, payload: unknown) => envelope<typeof uiToBackground, K>(type, payload as never);
const openEditor = (payload: object = {}) => content('openEditor', { url: URL, ids: [uuid(2), uuid(1)], focusId: uuid(2), scheme: 'dark', ...payload });

describe('editor frame routes', () => {
  it('opens an editor for ids from the content script; the frame in that tab gets those annotations, in that order, with the tags', async () => {
    const { route } = deps();
    expect(await route(openEditor(), contentScript)).toEqual(ok({ session: SESSION }));
    const answer = await route(ui('editorSession', {}), frame);
    expect(answer).toEqual(ok({ session: SESSION, annotations: [note(2), note(1)], tags: ['ai', 'ft'], focusId: uuid(2), scheme: 'dark' }));
  });

  it('accepts the frame as one of ClaimTrail’s pages but refuses every editor message from a content script', async () => {
    const { route, annotations, tellEditor } = deps();
    await route(openEditor(), contentScript);
    for (const message of [ui('editorSession', {}), ui('editorSave', { id: uuid(1), body: { note: 'stolen', tags: [] } }), ui('editorDelete', { id: uuid(1) }), ui('editorEvent', { session: SESSION, event: { kind: 'close' } })]) {
      expect(await route(message, contentScript)).toMatchObject({ ok: false, error: { code: 'forbiddenMessage' } });
    }
    expect(annotations.update).not.toHaveBeenCalled();
    expect(annotations.remove).not.toHaveBeenCalled();
    expect(tellEditor).not.toHaveBeenCalled();
    expect(await route(ui('editorSession', {}), frame)).toMatchObject({ ok: true, value: { session: SESSION } });
  });

  it('answers only the first frame to ask, and nothing to a frame of another tab or a page without a tab', async () => {
    const { route } = deps();
    await route(openEditor(), contentScript);
    expect(await route(ui('editorSession', {}), frame)).toMatchObject({ ok: true, value: { session: SESSION } });
    // A second frame in the same tab: one the page embedded itself (possible in Chrome).
    expect(await route(ui('editorSession', {}), { ...frame, frameId: 13 })).toEqual(ok(null));
    expect(await route(ui('editorSession', {}), { ...frame, tabId: 8 })).toEqual(ok(null));
    expect(await route(ui('editorSession', {}), { isExtensionPage: true })).toEqual(ok(null));
    // The first frame asks again (a refresh) and still gets it.
    expect(await route(ui('editorSession', {}), frame)).toMatchObject({ ok: true, value: { session: SESSION } });
  });

  it('gives only annotations placed on the tab’s own page, never deleted ones', async () => {
    const { route } = deps();
    await route(openEditor({ ids: [uuid(3), uuid(99), uuid(1)], focusId: undefined }), contentScript);
    expect(await route(ui('editorSession', {}), frame)).toMatchObject({ ok: true, value: { annotations: [note(1)] } });
  });

  it('validates what the content script asks for, with the field path', async () => {
    const { route } = deps();
    expect(await route(openEditor({ focusId: uuid(5) }), contentScript)).toMatchObject({ ok: false, error: { code: 'invalidMessage', message: expect.stringContaining('focusId') } });
    expect(await route(openEditor({ ids: [] }), contentScript)).toMatchObject({ ok: false, error: { code: 'invalidMessage', message: expect.stringContaining('ids') } });
    expect(await route(openEditor({ ids: ['<script>'] }), contentScript)).toMatchObject({ ok: false, error: { code: 'invalidMessage' } });
    expect(await route(openEditor({ scheme: 'blue' }), contentScript)).toMatchObject({ ok: false, error: { code: 'invalidMessage', message: expect.stringContaining('scheme') } });
    expect(await route(openEditor(), { isExtensionPage: false })).toMatchObject({ ok: false, error: { code: 'handlerFailed', message: expect.stringContaining('must come from a tab') } });
  });

  it('saves and deletes for the frame, each followed by a repaint of pages and frames', async () => {
    const { route, annotations } = deps();
    expect(await route(ui('editorSave', { id: uuid(1), body: { note: 'private', tags: ['ai'] } }), frame)).toMatchObject({ ok: true, value: { id: uuid(1), revision: '2-00000000000000bb' } });
    expect(annotations.update).toHaveBeenCalledWith(uuid(1), { note: 'private', tags: ['ai'] });
    expect(await route(ui('editorDelete', { id: uuid(1) }), frame)).toMatchObject({ ok: true, value: { deleted: true } });
    expect(annotations.written).toHaveBeenCalledTimes(2);
    expect(await route(ui('editorSave', { id: uuid(1), body: { note: 'x'.repeat(20_001), tags: [] } }), frame)).toMatchObject({ ok: false, error: { code: 'invalidMessage', message: expect.stringContaining('body.note') } });
  });

  it('passes the frame’s size and Esc to the content script of the frame’s own tab, checked first', async () => {
    const { route, tellEditor } = deps();
    expect(await route(ui('editorEvent', { session: SESSION, event: { kind: 'ready', height: 240 } }), frame)).toEqual(ok({ delivered: true }));
    expect(tellEditor).toHaveBeenCalledWith(7, { session: SESSION, event: { kind: 'ready', height: 240 } });
    tellEditor.mockResolvedValueOnce(ok({ handled: false }));
    expect(await route(ui('editorEvent', { session: SESSION, event: { kind: 'close' } }), frame)).toEqual(ok({ delivered: false }));
    expect(await route(ui('editorEvent', { session: SESSION, event: { kind: 'resize', height: 1e6 } }), frame)).toMatchObject({ ok: false, error: { code: 'invalidMessage', message: expect.stringContaining('event.height') } });
    expect(await route(ui('editorEvent', { session: SESSION, event: { kind: 'navigate', url: 'https://evil.example/' } }), frame)).toMatchObject({ ok: false, error: { code: 'invalidMessage' } });
    expect(await route(ui('editorEvent', { session: SESSION, event: { kind: 'close' } }), { isExtensionPage: true })).toMatchObject({ ok: false, error: { code: 'handlerFailed' } });
    expect(tellEditor).toHaveBeenCalledTimes(2);
  });

  it('forgets a tab’s editor when the tab goes', async () => {
    const { d, route } = deps();
    await route(openEditor(), contentScript);
    d.editors.forget(7);
    expect(await route(ui('editorSession', {}), frame)).toEqual(ok(null));
  });
});
