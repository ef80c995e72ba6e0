import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { backgroundToContent, contentToBackground, ResponseOf } from '../../lib/messages';
import { ok, type Result } from '../../lib/result';
import { pickSite } from '../../lib/sites';
import { hostPermissions } from '../../lib/sites/hosts';
import { envelope, isEnvelope } from '../../lib/wire';
import { describePage } from './describe-page';

type DescribePageAnswer = Result<ResponseOf<typeof backgroundToContent, 'describePage'>>;

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
      // Only our background can reach this listener (tabs.sendMessage), so no validator is shipped.
      const listener = (message: unknown): Promise<DescribePageAnswer> | undefined =>
        isEnvelope(message) && message.type === 'describePage' ? Promise.resolve(ok(report())) : undefined;
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
