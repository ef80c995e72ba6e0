import { describe, expect, it, vi } from 'vitest';
import { contentToBackground, uiToBackground } from '../../lib/messages';
import { fail, ok } from '../../lib/result';
import type { Annotation, PageAnnotations, PageText } from '../../lib/schema';
import { draftAnnotation, uuid } from '../../tests/annotations';
import { envelope } from '../../lib/wire';
import { createRouter, type RouterDeps } from './router';
import { TabStates } from './tab-states';

const URL = 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html';
const page: PageText = { url: URL, canonicalUrl: URL, outletId: 'netease', title: '英媒', sourceLines: [], text: 'One claim. Another claim.', blocks: [{ start: 0, end: 25 }] };
const annotation: Annotation = { id: uuid(1), type: 'Annotation', ...draftAnnotation(URL), created: '2026-03-01T10:00:00.000Z', modified: '2026-03-01T10:00:00.000Z', deleted: false, revision: '1-00000000000000aa' };

function deps(askTabPage: RouterDeps['askTabPage'] = vi.fn(async () => fail('unreachable', 'no content script'))) {
  const annotations = {
    annotate: vi.fn(async () => annotation),
    place: vi.fn(async (p: PageText): Promise<PageAnnotations> => ({ canonicalUrl: p.canonicalUrl, placed: [], tags: ['ai'] })),
    update: vi.fn(async () => annotation),
    remove: vi.fn(async () => ({ ...annotation, deleted: true })),
    written: vi.fn(async () => undefined),
  };
  const d = { tabs: new TabStates(), askTabPage, annotations } as unknown as RouterDeps;
  return { d, annotations };
}
const fromTab = { tabId: 7, isExtensionPage: false };
const content = <K extends keyof typeof contentToBackground>(type: K, payload: unknown) => envelope<typeof contentToBackground, K>(type, payload as never);
const ui = <K extends keyof typeof uiToBackground>(type: K, payload: unknown) => envelope<typeof uiToBackground, K>(type, payload as never);

describe('annotation routes', () => {
  it('annotates a span of the text the background holds for the tab, then repaints and schedules sync', async () => {
    const { d, annotations } = deps();
    d.tabs.setPage(7, page);
    // The page's script learns the new annotation's id, nothing of its body.
    expect(await createRouter(d)(content('annotate', { url: URL, start: 0, end: 10 }), fromTab)).toEqual(ok({ id: annotation.id }));
    expect(annotations.annotate).toHaveBeenCalledWith(page, { start: 0, end: 10 });
    expect(annotations.written).toHaveBeenCalledOnce();
  });

  it('asks the tab for its text when it has none for that address (a service-worker restart)', async () => {
    const askTabPage = vi.fn(async () => ok(page));
    const { d } = deps(askTabPage);
    expect(await createRouter(d)(content('pageAnnotations', { url: URL }), fromTab)).toEqual(ok({ canonicalUrl: URL, anchored: [] }));
    expect(askTabPage).toHaveBeenCalledWith(7);
    expect(d.tabs.page(7)).toEqual(page);
  });

  it('refuses an empty span and a page it cannot read, saying why, and writes nothing', async () => {
    const { d, annotations } = deps();
    const route = createRouter(d);
    expect(await route(content('annotate', { url: URL, start: 4, end: 4 }), fromTab)).toMatchObject({ ok: false, error: { code: 'invalidMessage', message: expect.stringContaining('the selection is empty') } });
    expect(await route(content('annotate', { url: URL, start: 0, end: 4 }), fromTab)).toMatchObject({ ok: false, error: { code: 'handlerFailed', message: expect.stringContaining('reload the page') } });
    expect(annotations.annotate).not.toHaveBeenCalled();
  });

  it('tells the page’s script where its annotations anchor, by id and span only: no note, tag or verdict', async () => {
    const { d, annotations } = deps();
    annotations.place.mockResolvedValue({ canonicalUrl: URL, placed: [{ status: 'anchored', annotation, start: 0, end: 10 }, { status: 'orphan', annotation: { ...annotation, id: uuid(2) } }], tags: ['ai'] });
    d.tabs.setPage(7, page);
    const answer = await createRouter(d)(content('pageAnnotations', { url: URL }), fromTab);
    expect(answer).toEqual(ok({ canonicalUrl: URL, anchored: [{ id: uuid(1), start: 0, end: 10 }] }));
    expect(JSON.stringify(answer)).not.toContain(annotation.body.note);
  });

  it('no longer lets a page’s script edit or delete: only the editor frame does', async () => {
    const { d, annotations } = deps();
    const route = createRouter(d);
    expect(await route(content('updateAnnotation' as never, { id: uuid(1), body: { note: 'n', tags: [] } }), fromTab)).toMatchObject({ ok: false, error: { code: 'unknownMessage' } });
    expect(await route(content('removeAnnotation' as never, { id: uuid(1) }), fromTab)).toMatchObject({ ok: false, error: { code: 'unknownMessage' } });
    expect(annotations.update).not.toHaveBeenCalled();
    expect(annotations.remove).not.toHaveBeenCalled();
  });

  it('gives the side panel the tab’s annotations, or null when no article was read there', async () => {
    const { d, annotations } = deps();
    const route = createRouter(d);
    expect(await route(ui('getTabAnnotations', { tabId: 7 }), { isExtensionPage: true })).toEqual(ok(null));
    d.tabs.setPage(7, page);
    expect(await route(ui('getTabAnnotations', { tabId: 7 }), { isExtensionPage: true })).toMatchObject({ ok: true, value: { canonicalUrl: URL } });
    expect(await route(ui('annotationsWritten', {}), { isExtensionPage: true })).toEqual(ok({}));
    expect(annotations.written).toHaveBeenCalledOnce();
  });
});
