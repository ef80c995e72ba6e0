import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { repaintAnnotations } from './annotation-deps';
import { browserRouterDeps, senderInfo } from './browser-deps';
import { EditorSessions } from './editor-sessions';
import { startSyncService } from './sync-service';
import { registerReaderCommands } from './reader-commands';
import { createRouter } from './router';
import { TabStates } from './tab-states';

export default defineBackground(() => {
  const tabs = new TabStates();
  const editors = new EditorSessions();
  const sync = startSyncService(() => repaintAnnotations(tabs));
  const deps = browserRouterDeps(tabs, sync, editors);
  const route = createRouter(deps);
  // Listeners are registered synchronously at start-up: a service worker woken by a message
  // only delivers it to listeners that exist after the first turn of its script.
  browser.runtime.onMessage.addListener((message, sender) => route(message, senderInfo(sender)));
  const forget = (tabId: number) => {
    tabs.forget(tabId);
    editors.forget(tabId);
  };
  browser.tabs.onRemoved.addListener(forget);
  registerReaderCommands(deps);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) forget(tabId);
  });
});
