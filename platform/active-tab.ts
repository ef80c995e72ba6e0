import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backgroundToUi, dispatch, isMessageOf, type Handlers } from '../lib/messages';
import type { PageAnnotations, TabMatches, TabState } from '../lib/schema';
import type { Result } from '../lib/result';
import { callBackground } from './background-client';

/**
 * The state of the active tab of this window, kept current as the reader switches tabs, the page
 * navigates, or its content script reports. `undefined` while the first answer is on its way.
 */
/** An extension page's handler table for the background's broadcasts. */
export function tabPageHandlers(onTabStateChanged: (tabId: number) => void): Handlers<typeof backgroundToUi, undefined> {
  return {
    tabStateChanged: async ({ tabId }) => {
      onTabStateChanged(tabId);
      return {};
    },
  };
}

/**
 * The tab the reader is reading: the active tab of this window for the popup and the side panel.
 * When the page itself is open as a tab (the side panel page opened in a tab, as Firefox users
 * and tests do), that is the page itself, so it is the page the reader was on just before (other
 * ClaimTrail pages skipped).
 */
async function readerTabId(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const ownPages = browser.runtime.getURL('/');
  const others = (await browser.tabs.query({ windowId: self.windowId })).filter((tab) => !tab.url?.startsWith(ownPages));
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

export function useActiveTabState(): TabState | undefined {
  const [state, setState] = useState<TabState | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    let activeTabId: number | undefined;
    const refresh = async () => {
      activeTabId = await readerTabId();
      const answer = activeTabId === undefined ? undefined : await callBackground('getTabState', { tabId: activeTabId });
      if (!cancelled) setState(answer?.ok ? answer.value : { kind: 'unsupported' });
    };
    const handlers = tabPageHandlers((tabId) => tabId === activeTabId && void refresh());
    const onMessage = (message: unknown) =>
      isMessageOf(backgroundToUi, message) ? dispatch(backgroundToUi, handlers, message, undefined) : undefined;
    const onActivated = () => void refresh();
    const onUpdated = (_id: number, change: { url?: string }) => change.url !== undefined && void refresh();
    void refresh();
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      cancelled = true;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return state;
}

/** Tracks the reader's tab's article; resolves to why it failed, or `undefined` when tracked. */
export async function trackReaderTab(): Promise<string | undefined> {
  const tabId = await readerTabId();
  if (tabId === undefined) return browser.i18n.getMessage('tabStatusUnsupported');
  const answer = await callBackground('trackTab', { tabId });
  return answer.ok ? undefined : answer.error.message;
}

/**
 * The answer of a per-tab question to the background (`getTabMatches`, `getTabAnnotations`) for
 * the reader's tab, asked again whenever `tabState` or `version` changes; `null` when none.
 */
function useReaderTabAnswer<T>(ask: (tabId: number) => Promise<Result<T | null>>, tabState: TabState | undefined, version: number | undefined): T | null {
  const [view, setView] = useState<T | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const tabId = tabState?.kind === 'article' ? await readerTabId() : undefined;
      const answer = tabId === undefined ? undefined : await ask(tabId);
      if (!cancelled) setView(answer?.ok ? answer.value : null);
    })();
    return () => {
      cancelled = true;
    };
  }, [tabState, version]);
  return view;
}

/** The reader's tab's article matched against the corpus as it is now; `null` when none. */
export function useTabMatches(tabState: TabState | undefined, corpusSize: number | undefined): TabMatches {
  return useReaderTabAnswer((tabId) => callBackground('getTabMatches', { tabId }), tabState, corpusSize);
}

/** Scrolls the reader's tab to a passage of its article and flashes it. */
export async function revealInReaderTab(ordinal: number): Promise<void> {
  const tabId = await readerTabId();
  if (tabId !== undefined) await callBackground('revealPassage', { tabId, ordinal });
}

/**
 * The reader's tab's annotations, placed in its article's text by the background; fetched again
 * when the tab changes or any annotation is written (here, in the page's card, or by sync).
 */
export function useTabAnnotations(tabState: TabState | undefined, annotationsVersion: number | undefined): PageAnnotations | null {
  return useReaderTabAnswer((tabId) => callBackground('getTabAnnotations', { tabId }), tabState, annotationsVersion);
}
