/// <reference types="chrome" />
/**
 * Code that runs inside one of the extension's own pages, where `browser` (Firefox) or `chrome`
 * (Chromium) is available, to ask the background what it knows: a real content script →
 * background → extension page round trip, observed from outside.
 */
import type { TabState } from '../lib/schema';

/** Arguments of `tabStateInPage`: which tab to ask about, and how long to wait for an answer. */
export interface TabStateQuery {
  /** URL of the tab; omitted for a page the extension may not see (then: the only other tab). */
  url?: string;
  timeoutMs: number;
  /** Wait further: until the tab's article is matched against the corpus, or also painted. */
  until?: 'matched' | 'painted';
}

/**
 * Runs in an extension page: finds the tab, then asks `getTabState` until the answer is final
 * (not `pending`, which means the content script has not answered yet). Self-contained, because
 * it is serialised into the page.
 */
export async function tabStateInPage(query: TabStateQuery): Promise<TabState | { kind: 'error'; message: string }> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const deadline = Date.now() + query.timeoutMs;
  const self = location.href;
  for (;;) {
    const tabs = await api.tabs.query(query.url ? { url: query.url } : {});
    const tab = tabs.find((t) => t.url !== self && (query.url !== undefined || !t.url?.startsWith(location.origin)));
    if (tab?.id !== undefined) {
      const answer = (await api.runtime.sendMessage({ claimtrail: 1, type: 'getTabState', payload: { tabId: tab.id } })) as
        | { ok: true; value: TabState }
        | { ok: false; error: { message: string } };
      if (!answer.ok) return { kind: 'error', message: answer.error.message };
      const state = answer.value;
      const matches = state.kind === 'article' ? state.matches : undefined;
      const reached = query.until === undefined || state.kind !== 'article' || (matches !== undefined && (query.until === 'matched' || matches.highlights !== undefined));
      const final = state.kind !== 'pending' && reached;
      if (final) return answer.value;
    }
    if (Date.now() > deadline) return { kind: 'error', message: `no final tab state for ${query.url ?? 'the other tab'}` };
    // Polling a condition, not a sleep standing in for one: each turn re-asks the background.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}


/**
 * Runs in an extension page: the texts of the passages of the tab at `url` whose best match is
 * `same` (what ClaimTrail highlights in that style), from the background's `getTabMatches`.
 * Self-contained, because it is serialised into the page.
 */
export async function highlightedQuotesInPage(url: string): Promise<string[]> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const [tab] = await api.tabs.query({ url });
  if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
  const answer = (await api.runtime.sendMessage({ claimtrail: 1, type: 'getTabMatches', payload: { tabId: tab.id } })) as
    | { ok: true; value: { answer: { passages: { text: string; matches: { label: string }[] }[] } } | null }
    | { ok: false; error: { message: string } };
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value?.answer.passages ?? []).filter((passage) => passage.matches[0]?.label === 'same').map((passage) => passage.text);
}

/**
 * Runs in an extension page: the texts of every passage of the tab at `url` that ClaimTrail
 * highlights (best match `same` or `supports`). Self-contained, because it is serialised into the page.
 */
export async function matchedQuotesInPage(url: string): Promise<string[]> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const [tab] = await api.tabs.query({ url });
  if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
  const answer = (await api.runtime.sendMessage({ claimtrail: 1, type: 'getTabMatches', payload: { tabId: tab.id } })) as
    | { ok: true; value: { answer: { passages: { text: string; matches: unknown[] }[] } } | null }
    | { ok: false; error: { message: string } };
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value?.answer.passages ?? []).filter((passage) => passage.matches.length > 0).map((passage) => passage.text);
}
