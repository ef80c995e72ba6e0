import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickSite } from '../../lib/sites';
import { hostPermissions } from '../../lib/sites/hosts';
import { describePage } from './describe-page';
import { contentScriptHandlers, contentScriptListener } from './handlers';
import { startReader } from './reader';

export default defineContentScript({
  matches: hostPermissions,
  runAt: 'document_idle',
  main(ctx) {
    const startedAt = performance.now();
    // This runs inside someone else's page: nothing may throw into it.
    try {
      const url = new URL(location.href);
      const site = pickSite(url);
      if (!site) return;
      const report = () => describePage(site, new URL(location.href), document);
      const reader = startReader(ctx, site, startedAt);
      const pageText = () => {
        const read = reader.read();
        if (!read) throw new Error('this page is not an article');
        return read.page;
      };
      const listener = contentScriptListener(contentScriptHandlers(report, pageText, reader));
      browser.runtime.onMessage.addListener(listener);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    } catch (error) {
      console.debug('ClaimTrail: content script stopped', error);
    }
  },
});
