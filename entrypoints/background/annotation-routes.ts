/**
 * The background's annotation handlers: the page's script annotates, edits and deletes in its
 * card; the side panel asks for the tab's annotations placed in its text. Offsets are checked
 * against the text the background itself holds for the tab, never taken on trust.
 */
import type { contentToBackground, Handlers, uiToBackground } from '../../lib/messages';
import type { Annotation, AnnotationBody, PageAnnotations, PageText } from '../../lib/schema';
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

type ContentAnnotationHandlers = Pick<Handlers<typeof contentToBackground, SenderInfo>, 'annotate' | 'pageAnnotations' | 'updateAnnotation' | 'removeAnnotation'>;
type UiAnnotationHandlers = Pick<Handlers<typeof uiToBackground, SenderInfo>, 'getTabAnnotations' | 'annotationsWritten'>;

export function contentAnnotationHandlers(deps: RouterDeps): ContentAnnotationHandlers {
  const afterWrite = async (annotation: Annotation) => {
    await deps.annotations.written();
    return annotation;
  };
  return {
    annotate: async ({ url, ...span }, sender) => afterWrite(await deps.annotations.annotate(await senderPage(deps, sender, url), span)),
    pageAnnotations: async ({ url }, sender) => deps.annotations.place(await senderPage(deps, sender, url)),
    updateAnnotation: async ({ id, body }) => afterWrite(await deps.annotations.update(id, body)),
    removeAnnotation: async ({ id }) => afterWrite(await deps.annotations.remove(id)),
  };
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
async function senderPage(deps: RouterDeps, sender: SenderInfo, url: string): Promise<PageText> {
  if (sender.tabId === undefined) throw new Error('Annotations are made from a tab.');
  const known = deps.tabs.page(sender.tabId);
  const page = known?.url === url ? known : await freshPage(deps, sender.tabId);
  if (!page || page.url !== url) throw new Error('This page’s article text is not available; reload the page and try again.');
  return page;
}

async function freshPage(deps: RouterDeps, tabId: number): Promise<PageText | undefined> {
  const asked = await deps.askTabPage(tabId);
  if (!asked.ok) return undefined;
  deps.tabs.setPage(tabId, asked.value);
  return asked.value;
}
