/**
 * The background's one handler table per direction. Who may send what is decided by the sender:
 * extension pages get the UI map — the editor frame inside a page's card too, since it is one of
 * ClaimTrail's own pages, framed — and content scripts (a tab, a page origin) get the content map.
 */
import { contentToBackground, dispatch, uiToBackground, type Handlers } from '../../lib/messages';
import { isEnvelope } from '../../lib/wire';
import { fail, type Result } from '../../lib/result';
import type { EditorFrameMessage, MatchSummary, PageMatchesAnswer, PageReport, PageText, TabState, TrackResult } from '../../lib/schema';
import { pickSite } from '../../lib/sites';
import type { TabStates } from './tab-states';
import type { SyncService } from './sync-service';
import { contentAnnotationHandlers, uiAnnotationHandlers, type AnnotationDeps } from './annotation-routes';
import { contentEditorHandlers, uiEditorHandlers } from './editor-routes';
import type { EditorSessions } from './editor-sessions';

/** What the router knows of a message's sender (from `runtime.MessageSender`). */
export interface SenderInfo {
  /** The tab of a content script, or of an extension page framed in a tab (the editor frame). */
  tabId?: number;
  /** The sender's frame within its tab (0: the top frame). */
  frameId?: number;
  /** True when the sender is one of this extension's own pages. */
  isExtensionPage: boolean;
}

/** The browser calls the router needs, injected so it can be tested without a browser. */
export interface RouterDeps {
  tabs: TabStates;
  askTab(tabId: number): Promise<Result<PageReport>>;
  tabUrl(tabId: number): Promise<string | undefined>;
  showTabState(tabId: number, state: TabState): Promise<void>;
  /** Tells open extension pages that a tab's state changed; never fails. */
  announceTabState(tabId: number): Promise<void>;
  /** Cuts a page's article into passages and matches them against the tracked corpus. */
  matchPassages(page: PageText): Promise<PageMatchesAnswer>;
  /** Asks a tab's content script for its article as text. */
  askTabPage(tabId: number): Promise<Result<PageText>>;
  /** Stores a page's article in the tracked corpus. */
  trackArticle(page: PageText): Promise<TrackResult>;
  /** Asks a tab's content script to scroll to a passage and flash it. */
  revealInTab(tabId: number, ordinal: number): Promise<Result<{ revealed: boolean }>>;
  annotations: AnnotationDeps;
  sync: Pick<SyncService, 'syncNow'>;
  /** Each tab's open annotation editor. */
  editors: EditorSessions;
  /** Passes an editor frame's event to its tab's content script (the top frame only). */
  tellEditor(tabId: number, message: EditorFrameMessage): Promise<Result<{ handled: boolean }>>;
}

export function contentHandlers(deps: RouterDeps): Handlers<typeof contentToBackground, SenderInfo> {
  return {
    ...contentAnnotationHandlers(deps),
    ...contentEditorHandlers(deps),
    reportPage: async (report, sender) => {
      if (sender.tabId === undefined) throw new Error('reportPage must come from a tab');
      deps.tabs.set(sender.tabId, report);
      await deps.showTabState(sender.tabId, report);
      await deps.announceTabState(sender.tabId);
      return { recorded: true };
    },
    matchPassages: async (page, sender) => {
      if (sender.tabId !== undefined) deps.tabs.setPage(sender.tabId, page);
      const answer = await deps.matchPassages(page);
      const state = sender.tabId === undefined ? undefined : deps.tabs.get(sender.tabId);
      // Recorded only if the tab still shows the page that was matched.
      if (sender.tabId !== undefined && state?.kind === 'article' && state.url === page.url) {
        const updated = { ...state, matches: summarize(answer) };
        deps.tabs.set(sender.tabId, updated);
        await deps.showTabState(sender.tabId, updated);
        await deps.announceTabState(sender.tabId);
      }
      return answer;
    },
    reportPainted: async (paint, sender) => {
      const state = sender.tabId === undefined ? undefined : deps.tabs.get(sender.tabId);
      if (sender.tabId !== undefined && state?.kind === 'article' && state.url === paint.url && state.matches) {
        deps.tabs.set(sender.tabId, { ...state, matches: { ...state.matches, highlights: paint.highlights, paintedMs: paint.paintedMs } });
        await deps.announceTabState(sender.tabId);
      }
      return { recorded: true };
    },
  };
}

export function uiHandlers(deps: RouterDeps): Handlers<typeof uiToBackground, SenderInfo> {
  return {
    ...uiAnnotationHandlers(deps),
    ...uiEditorHandlers(deps),
    syncNow: () => deps.sync.syncNow(),
    trackTab: ({ tabId }) => trackTab(deps, tabId),
    getTabMatches: async ({ tabId }) => {
      const page = deps.tabs.page(tabId);
      if (!page) return null;
      const { url, outletId, title, publishedAt } = page;
      return { page: { url, outletId, title, ...(publishedAt ? { publishedAt } : {}) }, answer: await deps.matchPassages(page) };
    },
    revealPassage: async ({ tabId, ordinal }) => {
      const answer = await deps.revealInTab(tabId, ordinal);
      return answer.ok ? answer.value : { revealed: false };
    },
    getTabState: async ({ tabId }) => {
      const known = deps.tabs.get(tabId);
      if (known) return known;
      const asked = await deps.askTab(tabId);
      if (asked.ok) {
        deps.tabs.set(tabId, asked.value);
        return asked.value;
      }
      const url = await deps.tabUrl(tabId);
      return url && pickSite(url) ? { kind: 'pending', url } : { kind: 'unsupported' };
    },
  };
}

/**
 * Routes one raw message. Returns `undefined` for messages that are not ClaimTrail's, so other
 * listeners may answer them; everything else gets a `Result`.
 */
export function createRouter(deps: RouterDeps) {
  const content = contentHandlers(deps);
  const ui = uiHandlers(deps);
  return (raw: unknown, sender: SenderInfo): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(raw)) return undefined;
    if (sender.isExtensionPage) return dispatch(uiToBackground, ui, raw, sender);
    const { type } = raw;
    if (Object.hasOwn(uiToBackground, type)) {
      return Promise.resolve(fail('forbiddenMessage', `"${type}" may only be sent by ClaimTrail's own pages.`));
    }
    return dispatch(contentToBackground, content, raw, sender);
  };
}

function summarize(answer: PageMatchesAnswer): MatchSummary {
  const labels = answer.passages.map((passage) => passage.matches[0]?.label);
  return {
    passages: answer.passages.length,
    same: labels.filter((label) => label === 'same').length,
    supports: labels.filter((label) => label === 'supports').length,
    source: answer.source,
    tookMs: answer.tookMs,
    ...(answer.waitedMs ? { waitedMs: answer.waitedMs } : {}),
    ...(answer.backgroundAgeMs === undefined ? {} : { backgroundAgeMs: answer.backgroundAgeMs }),
    tracked: answer.tracked,
  };
}

/** Tracks a tab's article: its text from the content script, stored, and the tab's state updated. */
export async function trackTab(deps: RouterDeps, tabId: number): Promise<TrackResult> {
  const page = await deps.askTabPage(tabId);
  if (!page.ok) throw new Error(`This tab's article cannot be read: ${page.error.message}`);
  const result = await deps.trackArticle(page.value);
  const state = deps.tabs.get(tabId);
  if (state?.kind === 'article' && state.matches) {
    deps.tabs.set(tabId, { ...state, matches: { ...state.matches, tracked: true } });
    await deps.announceTabState(tabId);
  }
  return result;
}
