import { browser } from 'wxt/browser';
import { createClient, uiToBackground } from '../lib/messages';

/** Typed calls from extension pages to the background. */
export const callBackground = createClient(uiToBackground, (message) => browser.runtime.sendMessage(message));
