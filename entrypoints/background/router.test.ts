import { describe, expect, it, vi } from 'vitest';
import { backgroundToContent, backgroundToFrame, backgroundToUi, contentToBackground, uiToBackground } from '../../lib/messages';
import { fail, ok } from '../../lib/result';
import type { PageReport } from '../../lib/schema';
import { envelope } from '../../lib/wire';
import { tabPageHandlers } from '../../platform/active-tab';
import { editorFrameHandlers } from '../annotate-frame/handlers';
import { contentScriptHandlers } from '../content/handlers';
import { EditorSessions } from './editor-sessions';
import { contentHandlers, createRouter, uiHandlers, type RouterDeps } from './router';
import { TabStates } from './tab-states';

const article: PageReport = { kind: 'article', url: 'https://www.ft.com/content/00000000-0000-4000-8000-000000000001', outletId: 'ft', title: 'Headline' };

function deps(overrides: Partial<RouterDeps> = {}): RouterDeps {
  return {
    tabs: new TabStates(),
    askTab: vi.fn(async () => fail('unreachable', 'no content script')),
    tabUrl: vi.fn(async () => undefined),
    showTabState: vi.fn(async () => undefined),
    announceTabState: vi.fn(async () => undefined),
    matchPassages: vi.fn(async (page) => ({ canonicalUrl: page.canonicalUrl, lang: 'en' as const, passages: [], source: 'snapshot' as const, tookMs: 1, tracked: false, outletNames: {} })),
    askTabPage: vi.fn(async () => fail('unreachable', 'no content script')),
    trackArticle: vi.fn(async () => ({ articleId: 'a_0123456789abcdef', passages: 2, replaced: false })),
    revealInTab: vi.fn(async () => ok({ revealed: true })),
    annotations: { annotate: vi.fn(), place: vi.fn(), update: vi.fn(), remove: vi.fn(), written: vi.fn() },
    sync: { syncNow: vi.fn() },
    editors: new EditorSessions(),
    tellEditor: vi.fn(async () => ok({ handled: true })),
    ...overrides,
  };
}

const fromTab = { tabId: 7, isExtensionPage: false };
const fromUi = { isExtensionPage: true };
const getTabState = (tabId: number) => envelope<typeof uiToBackground, 'getTabState'>('getTabState', { tabId });

describe('background router', () => {
  it('records a reported article and answers getTabState with it', async () => {
    const d = deps();
    const route = createRouter(d);
    expect(await route(envelope<typeof contentToBackground, 'reportPage'>('reportPage', article), fromTab)).toEqual(ok({ recorded: true }));
    expect(d.showTabState).toHaveBeenCalledWith(7, article);
    expect(d.announceTabState).toHaveBeenCalledWith(7);
    expect(await route(getTabState(7), fromUi)).toEqual(ok(article));
  });

  it('asks the tab when it has no record (e.g. after a service-worker restart)', async () => {
    const d = deps({ askTab: vi.fn(async () => ok(article)) });
    expect(await createRouter(d)(getTabState(3), fromUi)).toEqual(ok(article));
    expect(d.tabs.get(3)).toEqual(article);
  });

  it('says pending on a supported site whose content script has not answered, unsupported elsewhere', async () => {
    const onSite = deps({ tabUrl: vi.fn(async () => 'https://www.163.com/dy/article/ABCDEFGH0534ABCD.html') });
    expect(await createRouter(onSite)(getTabState(1), fromUi)).toEqual(ok({ kind: 'pending', url: 'https://www.163.com/dy/article/ABCDEFGH0534ABCD.html' }));
    const elsewhere = deps({ tabUrl: vi.fn(async () => 'https://example.org/') });
    expect(await createRouter(elsewhere)(getTabState(1), fromUi)).toEqual(ok({ kind: 'unsupported' }));
  });

  it('refuses UI messages from content scripts, which run inside untrusted pages', async () => {
    expect(await createRouter(deps())(getTabState(1), fromTab)).toMatchObject({ ok: false, error: { code: 'forbiddenMessage' } });
  });

  it('matches a page sent by a content script, after checking every field of it', async () => {
    const d = deps();
    const route = createRouter(d);
    const page = { url: article.url, canonicalUrl: article.url, outletId: 'ft', title: 'Headline', sourceLines: [], text: 'One claim. Another claim.', blocks: [{ start: 0, end: 25 }] };
    const matchPassages = (payload: unknown) => ({ claimtrail: 1, type: 'matchPassages', payload });
    expect(await route(matchPassages(page), fromTab)).toMatchObject({ ok: true, value: { canonicalUrl: article.url, source: 'snapshot' } });
    expect(d.matchPassages).toHaveBeenCalledTimes(1);
    const overrun = await route(matchPassages({ ...page, blocks: [{ start: 0, end: 99 }] }), fromTab);
    expect(overrun).toMatchObject({ ok: false, error: { code: 'invalidMessage', message: expect.stringContaining('blocks[0].end: past the end of the text') } });
    expect(d.matchPassages).toHaveBeenCalledTimes(1);
  });

  it('keeps the match summary and the paint report of the tab’s article in its state', async () => {
    const d = deps();
    const route = createRouter(d);
    const send = (type: string, payload: unknown) => route({ claimtrail: 1, type, payload }, fromTab);
    await send('reportPage', article);
    await send('matchPassages', { url: article.url, canonicalUrl: article.url, outletId: 'ft', title: 'Headline', sourceLines: [], text: 'One claim.', blocks: [{ start: 0, end: 10 }] });
    expect(await send('reportPainted', { url: article.url, highlights: 3, paintedMs: 120 })).toEqual(ok({ recorded: true }));
    expect(await route(getTabState(7), fromUi)).toMatchObject(ok({ ...article, matches: { passages: 0, same: 0, supports: 0, source: 'snapshot', highlights: 3, paintedMs: 120 } }));
    // A report for a page the tab no longer shows changes nothing.
    await send('reportPainted', { url: 'https://www.ft.com/content/00000000-0000-4000-8000-000000000002', highlights: 9, paintedMs: 5 });
    expect(await route(getTabState(7), fromUi)).toMatchObject(ok({ matches: { highlights: 3 } }));
  });

  it('tracks a tab’s article from its content script’s text, and says so in the tab’s state', async () => {
    const page = { url: article.url, canonicalUrl: article.url, outletId: 'ft', title: 'Headline', sourceLines: [], text: 'One claim.', blocks: [{ start: 0, end: 10 }] };
    const d = deps({ askTabPage: vi.fn(async () => ok(page)) });
    const route = createRouter(d);
    await route({ claimtrail: 1, type: 'reportPage', payload: article }, fromTab);
    await route({ claimtrail: 1, type: 'matchPassages', payload: page }, fromTab);
    expect(await route({ claimtrail: 1, type: 'trackTab', payload: { tabId: 7 } }, fromUi)).toEqual(ok({ articleId: 'a_0123456789abcdef', passages: 2, replaced: false }));
    expect(d.trackArticle).toHaveBeenCalledWith(page);
    expect(await route(getTabState(7), fromUi)).toMatchObject(ok({ matches: { tracked: true } }));
    // A content script may not ask to track: only ClaimTrail's own pages may.
    expect(await route({ claimtrail: 1, type: 'trackTab', payload: { tabId: 7 } }, fromTab)).toMatchObject({ ok: false, error: { code: 'forbiddenMessage' } });
  });

  it('says clearly when a tab’s article cannot be read to track it', async () => {
    const answer = await createRouter(deps())({ claimtrail: 1, type: 'trackTab', payload: { tabId: 3 } }, fromUi);
    expect(answer).toMatchObject({ ok: false, error: { code: 'handlerFailed', message: expect.stringContaining("This tab's article cannot be read") } });
  });

  it('answers invalid and unknown messages with a clear error and ignores foreign ones', async () => {
    const route = createRouter(deps());
    expect(await route({ claimtrail: 1, type: 'reportPage', payload: { kind: 'article', url: 'javascript:alert(1)' } }, fromTab)).toMatchObject({ ok: false, error: { code: 'invalidMessage' } });
    expect(await route({ claimtrail: 1, type: 'dropDatabase', payload: {} }, fromUi)).toMatchObject({ ok: false, error: { code: 'unknownMessage' } });
    expect(route({ greeting: 'hello from another extension' }, fromTab)).toBeUndefined();
  });
});

describe('conventions: every message has exactly one handler', () => {
  it('covers every direction: background, content script and extension pages', () => {
    const tables: [object, object][] = [
      [contentHandlers(deps()), contentToBackground],
      [uiHandlers(deps()), uiToBackground],
      [contentScriptHandlers(() => article, () => { throw new Error('unused'); }, { reveal: () => false, paintNotes: async () => undefined, annotateSelection: async () => false, editorFrameEvent: () => false }), backgroundToContent],
      [tabPageHandlers(() => undefined), backgroundToUi],
      [editorFrameHandlers(() => undefined), backgroundToFrame],
    ];
    for (const [handlers, map] of tables) expect(Object.keys(handlers).sort()).toEqual(Object.keys(map).sort());
  });

  it('never reuses a message name across directions, so a handler table is unambiguous', () => {
    const names = [contentToBackground, uiToBackground, backgroundToContent, backgroundToUi, backgroundToFrame].flatMap((map) => Object.keys(map));
    expect(new Set(names).size).toBe(names.length);
  });
});
