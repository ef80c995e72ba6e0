/**
 * The background's annotation handlers: the page's script annotates a span and learns where its
 * page's annotations anchor; the side panel asks for the tab's annotations placed in its text.
 * Offsets are checked against the text the background itself holds for the tab, never taken on
 * trust. Editing happens in the editor frame (editor-routes.ts).
 */
import type { contentToBackground, Handlers, uiToBackground } from '../../lib/messages';
import type { Annotation, AnnotationBody, PageAnnotations, PageNoteSpans, PageText } from '../../lib/schema';
import type { RouterDeps, SenderInfo } from './router';

/** What the annotation handlers need; each call throws a readable Error on failure. */
export interface AnnotationDeps {
  annotate(page: PageText, span: { start: number; end: number; claimPassageId?: string }): Promise<Annotation>;
  place(page: PageText): Promise<PageAnnotations>;
  update(id: string, body: AnnotationBody): Promise<Annotation>;
  remove(id: string): Promise<Annotation>;
  /** Annotations changed: pages repaint theirs, sync is scheduled; never fails. */
  written(): Promise<void>;
}

type ContentAnnotationHandlers = Pick<Handlers<typeof contentToBackground, SenderInfo>, 'annotate' | 'pageAnnotations'>;
type UiAnnotationHandlers = Pick<Handlers<typeof uiToBackground, SenderInfo>, 'getTabAnnotations' | 'annotationsWritten'>;

export function contentAnnotationHandlers(deps: RouterDeps): ContentAnnotationHandlers {
  return {
    annotate: async ({ url, ...span }, sender) => {
      const { id } = await deps.annotations.annotate(await senderPage(deps, sender, url), span);
      await deps.annotations.written();
      return { id };
    },
    pageAnnotations: async ({ url }, sender) => noteSpans(await deps.annotations.place(await senderPage(deps, sender, url))),
  };
}

/** Ids and spans of the anchored annotations: all the page's script needs to paint them. */
function noteSpans(placed: PageAnnotations): PageNoteSpans {
  const anchored = placed.placed.flatMap((note) => (note.status === 'anchored' ? [{ id: note.annotation.id, start: note.start, end: note.end }] : []));
  return { canonicalUrl: placed.canonicalUrl, anchored };
}

export function uiAnnotationHandlers(deps: RouterDeps): UiAnnotationHandlers {
  return {
    getTabAnnotations: async ({ tabId }) => {
      const page = deps.tabs.page(tabId) ?? (await freshPage(deps, tabId));
      return page ? deps.annotations.place(page) : null;
    },
    annotationsWritten: async () => {
      await deps.annotations.written();
      return {};
    },
  };
}

/** The article text of the sender's tab at `url`: the one last matched, or asked for again. */
export async function senderPage(deps: RouterDeps, sender: SenderInfo, url: string): Promise<PageText> {
  if (sender.tabId === undefined) throw new Error('Annotations are made from a tab.');
  const known = deps.tabs.page(sender.tabId);
  const page = known?.url === url ? known : await freshPage(deps, sender.tabId);
  if (!page || page.url !== url) throw new Error('This page’s article text is not available; reload the page and try again.');
  return page;
}

/** The tab's article text, asked of its content script again (and kept); `undefined` when it has none. */
export async function freshPage(deps: RouterDeps, tabId: number): Promise<PageText | undefined> {
  const asked = await deps.askTabPage(tabId);
  if (!asked.ok) return undefined;
  deps.tabs.setPage(tabId, asked.value);
  return asked.value;
}
