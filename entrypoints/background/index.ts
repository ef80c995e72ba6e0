import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { repaintAnnotations } from './annotation-deps';
import { browserRouterDeps, senderInfo } from './browser-deps';
import { startSyncService } from './sync-service';
import { registerReaderCommands } from './reader-commands';
import { createRouter } from './router';
import { TabStates } from './tab-states';

export default defineBackground(() => {
  const tabs = new TabStates();
  const sync = startSyncService(() => repaintAnnotations(tabs));
  const deps = browserRouterDeps(tabs, sync);
  const route = createRouter(deps);
  // Listeners are registered synchronously at start-up: a service worker woken by a message
  // only delivers it to listeners that exist after the first turn of its script.
  browser.runtime.onMessage.addListener((message, sender) => route(message, senderInfo(sender)));
  browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));
  registerReaderCommands(deps);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) tabs.forget(tabId);
  });
});
