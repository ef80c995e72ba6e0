import { render, type ComponentChild } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '../components/i18n-context';
import type { Translate } from '../lib/i18n';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

// Keys are checked against messages.json by the locale tests, not by WXT's generated key union.
const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key as MessageKey, substitutions?.map(String) ?? []);

/** Renders an extension page's root with the browser's translator, into `#app`. */
export function mountPage(page: ComponentChild): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('ClaimTrail: #app is missing from the page');
  document.documentElement.lang = browser.i18n.getUILanguage();
  render(<I18nContext.Provider value={translate}>{page}</I18nContext.Provider>, root);
}

/** The reader's UI language, e.g. `en-GB` or `zh-CN`. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();
