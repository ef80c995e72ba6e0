import { browser, type Browser } from 'wxt/browser';
import { backgroundToContent, backgroundToUi, createClient } from '../../lib/messages';
import type { TabState } from '../../lib/schema';
import { browserAnnotationDeps } from './annotation-deps';
import type { SyncService } from './sync-service';
import { matchPassages, trackArticle } from './corpus-matcher';
import type { RouterDeps, SenderInfo } from './router';
import { EditorSessions } from './editor-sessions';
import { TabStates } from './tab-states';

/** The router's dependencies, backed by the real browser APIs. */
export function browserRouterDeps(tabs: TabStates, sync: SyncService, editors = new EditorSessions()): RouterDeps {
  return {
    tabs,
    sync,
    editors,
    // The top frame only: that is where the content script runs (and never the editor frame itself).
    tellEditor: (tabId, message) => createClient(backgroundToContent, (wire) => browser.tabs.sendMessage(tabId, wire, { frameId: 0 }))('editorFrameEvent', message),
    annotations: browserAnnotationDeps(() => sync.changed()),
    askTab: (tabId) => contentClient(tabId)('describePage', {}),
    askTabPage: (tabId) => contentClient(tabId)('pageText', {}),
    revealInTab: (tabId, ordinal) => contentClient(tabId)('showPassage', { ordinal }),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    showTabState,
    announceTabState: async (tabId) => {
      // With no extension page open there is no receiver; the client turns that into a result.
      await createClient(backgroundToUi, (message) => browser.runtime.sendMessage(message))('tabStateChanged', { tabId });
    },
    matchPassages,
    trackArticle,
  };
}

const contentClient = (tabId: number) => createClient(backgroundToContent, (message) => browser.tabs.sendMessage(tabId, message));

/** A badge on recognised articles, so the reader sees ClaimTrail is at work on this page. */
async function showTabState(tabId: number, state: TabState): Promise<void> {
  const isArticle = state.kind === 'article';
  const action = browser.action ?? browser.browserAction;
  // The badge counts the claims the tracked corpus already holds, once matched.
  const matched = isArticle && state.matches ? state.matches.same + state.matches.supports : 0;
  await action.setBadgeText({ tabId, text: isArticle ? (matched > 0 ? String(matched) : '✓') : '' });
  if (isArticle) await action.setBadgeBackgroundColor({ tabId, color: '#1a7f37' });
  await action.setTitle({
    tabId,
    title: isArticle ? browser.i18n.getMessage('badgeArticle', [state.title]) : browser.i18n.getMessage('extName'),
  });
}

/** Reads what the router needs from a message sender. */
export function senderInfo(sender: Browser.runtime.MessageSender): SenderInfo {
  const ownPagesPrefix = browser.runtime.getURL('/');
  return {
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    isExtensionPage: sender.id === browser.runtime.id && (sender.url ?? '').startsWith(ownPagesPrefix),
  };
}
