/**
 * The content script's work on a recognised page: describe it, send its article text to be
 * matched, paint the matched passages and give them their cards. Runs again when the page navigates without a reload, or
 * when its article text changes (late rendering), never more than once per `MIN_GAP_MS`, and
 * only while the page is young: a live ticker must not keep ClaimTrail busy.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { passageRange, passageRanges } from '../../lib/highlight-ranges';
import type { contentToBackground } from '../../lib/messages';
import { pageTextOf } from '../../lib/page-text';
import type { Result } from '../../lib/result';
import type { PageMatchesAnswer } from '../../lib/schema';
import type { SiteAdapter } from '../../lib/sites';
import type { TextMap } from '../../lib/sites/text-map';
import { envelope } from '../../lib/wire';
import { describePage } from './describe-page';
import { Highlighter } from './highlighter';
import { PassageCards } from './passage-cards';

const MIN_GAP_MS = 1500;
/** How long a passage the side panel points at stays flashed. */
const FLASH_MS = 1600;
/** Mutations after this long are the page living (tickers, ads), not the article arriving. */
const WATCH_MS = 60_000;

/** `startedAt`: when the content script started (document_idle), the origin of the paint time. */
export function startReader(ctx: ContentScriptContext, site: SiteAdapter, startedAt: number): { reveal: (ordinal: number) => boolean } {
  const highlighter = new Highlighter();
  const cards = new PassageCards(ctx, highlighter);
  let generation = 0;
  let lastText: string | undefined;
  let lastRun = 0;
  let timer: number | undefined;
  let shown: { answer: PageMatchesAnswer; textMap: TextMap } | undefined;

  const send = <K extends keyof typeof contentToBackground>(type: K, payload: unknown) =>
    browser.runtime.sendMessage(envelope<typeof contentToBackground, K>(type, payload as never)) as Promise<Result<unknown> | undefined>;

  const run = async (reason: 'load' | 'navigation' | 'mutation', since: number): Promise<void> => {
    const current = ++generation;
    lastRun = performance.now();
    const url = new URL(location.href);
    if (reason === 'navigation') {
      highlighter.clear();
      cards.clear();
      lastText = undefined;
    }
    if (!site.matches(url)) return;
    const report = describePage(site, url, document);
    if (report.kind !== 'article') {
      if (reason !== 'mutation') await send('reportPage', report);
      return;
    }
    const { page, textMap } = pageTextOf(site.extract(document, url), { url: url.href, outletId: site.outletId, title: report.title });
    if (page.text === lastText || page.blocks.length === 0) return;
    lastText = page.text;
    // Reported first, so the background knows the tab's article when its matches come back.
    await send('reportPage', report);
    const answer = (await send('matchPassages', page)) as Result<PageMatchesAnswer> | undefined;
    if (current !== generation || !answer?.ok) return;
    shown = { answer: answer.value, textMap };
    const ranges = passageRanges(answer.value, textMap, document);
    highlighter.paint(ranges);
    cards.update(ranges, new Map(answer.value.passages.map((passage) => [passage.ordinal, passage.matches])), answer.value.outletNames);
    await send('reportPainted', { url: url.href, highlights: ranges.length, paintedMs: Math.round(performance.now() - since) });
  };

  const safely = (reason: 'load' | 'navigation' | 'mutation', since = performance.now()) => {
    run(reason, since).catch((error: unknown) => console.debug('ClaimTrail: page not read', error));
  };

  const observer = new MutationObserver(() => {
    if (performance.now() - startedAt > WATCH_MS) {
      observer.disconnect();
      return;
    }
    if (timer !== undefined) return;
    const wait = Math.max(0, lastRun + MIN_GAP_MS - performance.now());
    timer = ctx.setTimeout(() => {
      timer = undefined;
      safely('mutation');
    }, wait);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => safely('navigation'));
  ctx.onInvalidated(() => {
    observer.disconnect();
    highlighter.destroy();
    cards.destroy();
  });
  safely('load', startedAt);

  return {
    reveal: (ordinal) => {
      const passage = shown?.answer.passages.find((p) => p.ordinal === ordinal);
      const range = passage && shown ? passageRange(passage, shown.textMap, document) : undefined;
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      ctx.setTimeout(highlighter.flash(range), FLASH_MS);
      return true;
    },
  };
}
