import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserRouterDeps, senderInfo } from './browser-deps';
import { createRouter, trackTab } from './router';
import { TRACK_COMMAND } from '../../lib/identity';
import { TabStates } from './tab-states';

export default defineBackground(() => {
  const tabs = new TabStates();
  const deps = browserRouterDeps(tabs);
  const route = createRouter(deps);
  // Listeners are registered synchronously at start-up: a service worker woken by a message
  // only delivers it to listeners that exist after the first turn of its script.
  browser.runtime.onMessage.addListener((message, sender) => route(message, senderInfo(sender)));
  browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));
  // The keyboard command tracks the article in the active tab.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TRACK_COMMAND) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await trackTab(deps, tabId).catch((error: unknown) => console.warn('ClaimTrail: not tracked', error));
    })();
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) tabs.forget(tabId);
  });
});
