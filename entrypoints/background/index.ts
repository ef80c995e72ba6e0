import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserRouterDeps, senderInfo } from './browser-deps';
import { createRouter } from './router';
import { TabStates } from './tab-states';

export default defineBackground(() => {
  const tabs = new TabStates();
  const route = createRouter(browserRouterDeps(tabs));
  // Listeners are registered synchronously at start-up: a service worker woken by a message
  // only delivers it to listeners that exist after the first turn of its script.
  browser.runtime.onMessage.addListener((message, sender) => route(message, senderInfo(sender)));
  browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) tabs.forget(tabId);
  });
});
