import { browser } from 'wxt/browser';
import { ANNOTATE_COMMAND, ANNOTATE_MENU, TRACK_COMMAND } from '../../lib/identity';
import { backgroundToContent, createClient } from '../../lib/messages';
import { hostPermissions } from '../../lib/sites/hosts';
import { trackTab, type RouterDeps } from './router';

/**
 * The reader's commands outside the extension's pages: keyboard shortcuts (track the article,
 * annotate the selection) and the context-menu item on selected text of the supported sites.
 * Registered synchronously, as every listener of a service worker must be.
 */
export function registerReaderCommands(deps: RouterDeps): void {
  const handlers = readerCommandHandlers(deps);
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: ANNOTATE_MENU, title: browser.i18n.getMessage('menuAnnotate'), contexts: ['selection'], documentUrlPatterns: hostPermissions });
  });
  browser.contextMenus.onClicked.addListener(handlers.menuClicked);
  browser.commands.onCommand.addListener(handlers.command);
}

/** What a context-menu click and a keyboard command do; each resolves once the tab was asked. */
export function readerCommandHandlers(deps: RouterDeps) {
  return {
    menuClicked: async (info: { menuItemId: string | number }, tab?: { id?: number }) => {
      if (info.menuItemId === ANNOTATE_MENU && tab?.id !== undefined) await annotateIn(tab.id);
    },
    command: async (command: string, tab?: { id?: number }) => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      if (command === TRACK_COMMAND) await trackTab(deps, tabId).catch((error: unknown) => console.warn('ClaimTrail: not tracked', error));
      if (command === ANNOTATE_COMMAND) await annotateIn(tabId);
    },
  };
}

async function annotateIn(tabId: number): Promise<void> {
  const answer = await createClient(backgroundToContent, (message) => browser.tabs.sendMessage(tabId, message))('annotateSelection', {});
  if (!answer.ok) console.warn('ClaimTrail: not annotated', answer.error.message);
}
