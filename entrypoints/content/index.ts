import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { contentToBackground } from '../../lib/messages';
import { pageTextOf } from '../../lib/page-text';
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
        const { page: text } = pageTextOf(site.extract(document, url), { url: url.href, outletId: site.outletId, title: page.title });
        // Reported first, so the background knows the tab's article when its matches come back.
        browser.runtime
          .sendMessage(envelope<typeof contentToBackground, 'reportPage'>('reportPage', page))
          .then(() => (text.blocks.length > 0 ? browser.runtime.sendMessage(envelope<typeof contentToBackground, 'matchPassages'>('matchPassages', text)) : undefined))
          .catch((error: unknown) => console.debug('ClaimTrail: background unreachable', error));
      }
    } catch (error) {
      console.debug('ClaimTrail: content script stopped', error);
    }
  },
});
