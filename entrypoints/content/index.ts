import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { contentToBackground } from '../../lib/messages';
import { pickSite } from '../../lib/sites';
import { hostPermissions } from '../../lib/sites/hosts';
import { envelope } from '../../lib/wire';
import { describePage } from './describe-page';
import { contentScriptHandlers, contentScriptListener } from './handlers';

export default defineContentScript({
  matches: hostPermissions,
  runAt: 'document_idle',
  main(ctx) {
    // This runs inside someone else's page: nothing may throw into it.
    try {
      const url = new URL(location.href);
      const site = pickSite(url);
      if (!site) return;
      const report = () => describePage(site, url, document);
      const listener = contentScriptListener(contentScriptHandlers(report));
      browser.runtime.onMessage.addListener(listener);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
      const page = report();
      if (page.kind === 'article') {
        browser.runtime
          .sendMessage(envelope<typeof contentToBackground, 'reportPage'>('reportPage', page))
          .catch((error: unknown) => console.debug('ClaimTrail: background unreachable', error));
      }
    } catch (error) {
      console.debug('ClaimTrail: content script stopped', error);
    }
  },
});
