import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../../lib/schema';
import { browserRouterDeps, senderInfo } from './browser-deps';
import { TabStates } from './tab-states';

const article: TabState = { kind: 'article', url: 'https://www.ft.com/content/00000000-0000-4000-8000-000000000001', outletId: 'ft', title: 'Headline' };

describe('background wiring over the browser APIs (WXT fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = vi.fn((key: string, subs?: string | (string | number)[]) => `${key}:${[subs ?? []].flat().join(',')}`);
  });

  it('badges a recognised article and clears the badge when the tab is not one', async () => {
    const deps = browserRouterDeps(new TabStates(), { changed: () => undefined, syncNow: async () => { throw new Error('unused'); } });
    await deps.showTabState(7, article);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('badgeArticle:Headline');
    await deps.showTabState(7, { kind: 'notArticle', url: 'https://www.ft.com/', outletId: 'ft' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('reads a tab URL, and says nothing for a tab that is gone', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.163.com/dy/article/ABCDEFGH0534ABCD.html' });
    const deps = browserRouterDeps(new TabStates(), { changed: () => undefined, syncNow: async () => { throw new Error('unused'); } });
    expect(await deps.tabUrl(tab.id!)).toBe('https://www.163.com/dy/article/ABCDEFGH0534ABCD.html');
    expect(await deps.tabUrl(9999)).toBeUndefined();
  });

  it('tells ClaimTrail’s own pages from content scripts', () => {
    const ownPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    expect(senderInfo(ownPage)).toEqual({ tabId: undefined, frameId: undefined, isExtensionPage: true });
    const contentScript = { id: fakeBrowser.runtime.id, url: 'https://www.ft.com/content/x', tab: { id: 4 } as never, frameId: 0 };
    expect(senderInfo(contentScript)).toEqual({ tabId: 4, frameId: 0, isExtensionPage: false });
    expect(senderInfo({ id: 'another-extension', url: fakeBrowser.runtime.getURL('/popup.html') }).isExtensionPage).toBe(false);
  });

  it('takes the editor frame framed in a news page for one of ClaimTrail’s pages, with its tab; the page itself stays a content script', () => {
    const editorFrame = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/annotate-frame.html'), tab: { id: 4 } as never, frameId: 17 };
    expect(senderInfo(editorFrame)).toEqual({ tabId: 4, frameId: 17, isExtensionPage: true });
    // A page cannot pass for the frame: the browser, not the page, fills in the sender's URL.
    const pageFrame = { id: fakeBrowser.runtime.id, url: 'https://www.163.com/annotate-frame.html', tab: { id: 4 } as never, frameId: 17 };
    expect(senderInfo(pageFrame).isExtensionPage).toBe(false);
  });

  it('announcing a tab state never fails, even with no extension page open to hear it', async () => {
    await expect(browserRouterDeps(new TabStates(), { changed: () => undefined, syncNow: async () => { throw new Error('unused'); } }).announceTabState(3)).resolves.toBeUndefined();
  });
});
