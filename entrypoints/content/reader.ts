/**
 * The content script's work on a recognised page: describe it, send its article text to be
 * matched, paint the matched passages and give them their cards. Runs again when the page navigates without a reload, or
 * when its article text changes (late rendering), never more than once per `MIN_GAP_MS`, and
 * only while the page is young: a live ticker must not keep ClaimTrail busy.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { noteRanges, passageRange, passageRanges, type PassageRange } from '../../lib/highlight-ranges';
import type { contentToBackground } from '../../lib/messages';
import { pageTextOf } from '../../lib/page-text';
import type { Result } from '../../lib/result';
import type { EditorFrameMessage, PageMatchesAnswer, PageNoteSpans, PageReport, PageText } from '../../lib/schema';
import type { SiteAdapter } from '../../lib/sites';
import type { TextMap } from '../../lib/sites/text-map';
import { envelope } from '../../lib/wire';
import { describePage } from './describe-page';
import { Highlighter } from './highlighter';
import { PassageCards } from './passage-cards';

/** What the rest of the content script may ask of the reader. */
export interface Reader {
  /** Scrolls to a passage and flashes it; false when it is not on the page. */
  reveal(ordinal: number): boolean;
  /** Annotations changed elsewhere: fetch and paint them again. */
  paintNotes(): Promise<void>;
  /** Annotates the reader's selection (context menu, keyboard); false when there is none or it is outside the article. */
  annotateSelection(): Promise<boolean>;
  /** The page's article as text (with the map back to its nodes), or `undefined` when it is not an article. */
  read(): { report: PageReport & { kind: 'article' }; page: PageText; textMap: TextMap } | undefined;
  /** An event of the card's editor frame; false when that frame is not shown. */
  editorFrameEvent(message: EditorFrameMessage): boolean;
}

const MIN_GAP_MS = 1500;
/** How long a passage the side panel points at stays flashed. */
const FLASH_MS = 1600;
/** Mutations after this long are the page living (tickers, ads), not the article arriving. */
const WATCH_MS = 60_000;

/** `startedAt`: when the content script started (document_idle), the origin of the paint time. */
export function startReader(ctx: ContentScriptContext, site: SiteAdapter, startedAt: number): Reader {
  const highlighter = new Highlighter();
  let generation = 0;
  let lastText: string | undefined;
  let lastRun = 0;
  let timer: number | undefined;
  let shown: { url: string; answer: PageMatchesAnswer; textMap: TextMap; passages: PassageRange[] } | undefined;

  const readPage = () => {
    const url = new URL(location.href);
    const report = describePage(site, url, document);
    return report.kind === 'article' ? { report, ...pageTextOf(site.extract(document, url), { url: url.href, outletId: site.outletId, title: report.title }) } : undefined;
  };

  const send = <K extends keyof typeof contentToBackground>(type: K, payload: unknown) =>
    browser.runtime.sendMessage(envelope<typeof contentToBackground, K>(type, payload as never)) as Promise<Result<unknown> | undefined>;
  const answered = async <T>(type: keyof typeof contentToBackground, payload: unknown): Promise<Result<T>> =>
    ((await send(type, payload)) as Result<T> | undefined) ?? { ok: false, error: { code: 'unreachable', message: 'ClaimTrail did not answer.' } };

  const annotate = async (range: Range, claimPassageId?: string): Promise<Result<{ id: string }>> => {
    const span = shown?.textMap.spanOf(range);
    if (!shown || !span) return { ok: false, error: { code: 'invalidMessage', message: browser.i18n.getMessage('annotateOutside') } };
    const created = await answered<{ id: string }>('annotate', { url: shown.url, ...span, ...(claimPassageId ? { claimPassageId } : {}) });
    if (created.ok) await paintNotes();
    return created;
  };
  const cards = new PassageCards(ctx, highlighter, {
    annotate,
    openEditor: async (ids, focusId, scheme) => {
      if (!shown) return { ok: false, error: { code: 'invalidMessage', message: browser.i18n.getMessage('annotateOutside') } };
      return answered<{ session: string }>('openEditor', { url: shown.url, ids, scheme, ...(focusId ? { focusId } : {}) });
    },
  });

  /** Fetches the page's annotations and paints them beside the matched passages. */
  const paintNotes = async (): Promise<void> => {
    const current = shown;
    if (!current) return;
    const notes = await answered<PageNoteSpans>('pageAnnotations', { url: current.url });
    if (shown !== current || !notes.ok) return;
    const noted = noteRanges(notes.value.anchored, current.textMap, document);
    highlighter.paint([...current.passages, ...noted]);
    cards.update([...current.passages, ...noted], new Map(current.answer.passages.map((passage) => [passage.ordinal, passage.matches])), current.answer.outletNames, notes.value);
  };

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
    const read = readPage();
    if (!read) {
      if (reason !== 'mutation') await send('reportPage', describePage(site, url, document));
      return;
    }
    const { report, page, textMap } = read;
    if (page.text === lastText || page.blocks.length === 0) return;
    lastText = page.text;
    // Reported first, so the background knows the tab's article when its matches come back.
    await send('reportPage', report);
    const answer = (await send('matchPassages', page)) as Result<PageMatchesAnswer> | undefined;
    if (current !== generation || !answer?.ok) return;
    const ranges = passageRanges(answer.value, textMap, document);
    shown = { url: url.href, answer: answer.value, textMap, passages: ranges };
    highlighter.paint(ranges);
    cards.update(ranges, new Map(answer.value.passages.map((passage) => [passage.ordinal, passage.matches])), answer.value.outletNames, undefined);
    await send('reportPainted', { url: url.href, highlights: ranges.length, paintedMs: Math.round(performance.now() - since) });
    await paintNotes();
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
    read: readPage,
    editorFrameEvent: (message) => cards.frameEvent(message),
    paintNotes: () => paintNotes().catch((error: unknown) => console.debug('ClaimTrail: annotations not painted', error)),
    annotateSelection: async () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
      const created = await annotate(selection.getRangeAt(0));
      if (created.ok) cards.openNote(created.value.id);
      return created.ok;
    },
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
