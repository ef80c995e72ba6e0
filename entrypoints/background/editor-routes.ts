/**
 * The background's side of the annotation editor frame. The page's script opens an editor for
 * annotation ids (`openEditor`); the frame — an extension page inside the card, which the page
 * can neither read nor type into — asks what its tab edits, saves and deletes, and reports its
 * size and Esc, which the background passes to its tab's content script. Every step is keyed by
 * the tab the browser names as the sender, never by anything the page could write.
 */
import type { contentToBackground, Handlers, uiToBackground } from '../../lib/messages';
import type { EditorSession } from '../../lib/schema';
import { freshPage } from './annotation-routes';
import type { RouterDeps, SenderInfo } from './router';

type ContentEditorHandlers = Pick<Handlers<typeof contentToBackground, SenderInfo>, 'openEditor'>;
type UiEditorHandlers = Pick<Handlers<typeof uiToBackground, SenderInfo>, 'editorSession' | 'editorSave' | 'editorDelete' | 'editorEvent'>;

const fromTab = (sender: SenderInfo, what: string): number => {
  if (sender.tabId === undefined) throw new Error(`${what} must come from a tab.`);
  return sender.tabId;
};

export function contentEditorHandlers(deps: RouterDeps): ContentEditorHandlers {
  return {
    openEditor: async (request, sender) => ({ session: deps.editors.open(fromTab(sender, 'openEditor'), request) }),
  };
}

export function uiEditorHandlers(deps: RouterDeps): UiEditorHandlers {
  return {
    editorSession: async (_request, sender) => {
      // The side panel, popup and options pages have no tab: only a frame inside a tab has an editor.
      if (sender.tabId === undefined) return null;
      const record = deps.editors.claim(sender.tabId, sender.frameId);
      if (!record) return null;
      const page = deps.tabs.page(sender.tabId) ?? (await freshPage(deps, sender.tabId));
      if (!page) throw new Error('This page’s article text is not available; reload the page and try again.');
      // Only annotations placed on the tab's own page: an id from anywhere else finds nothing.
      const placed = await deps.annotations.place(page);
      const byId = new Map(placed.placed.map((note) => [note.annotation.id, note.annotation]));
      const annotations = record.ids.flatMap((id) => {
        const annotation = byId.get(id);
        return annotation && !annotation.deleted ? [annotation] : [];
      });
      const session: EditorSession = { session: record.session, annotations, tags: placed.tags, scheme: record.scheme, ...(record.focusId ? { focusId: record.focusId } : {}) };
      return session;
    },
    // Not tied to the session: a service-worker restart in the middle of typing must not lose the
    // note, and extension pages may write annotations anyway (the side panel writes the database).
    editorSave: async ({ id, body }) => {
      const annotation = await deps.annotations.update(id, body);
      await deps.annotations.written();
      return annotation;
    },
    editorDelete: async ({ id }) => {
      const annotation = await deps.annotations.remove(id);
      await deps.annotations.written();
      return annotation;
    },
    editorEvent: async (message, sender) => {
      const answer = await deps.tellEditor(fromTab(sender, 'editorEvent'), message);
      return { delivered: answer.ok && answer.value.handled };
    },
  };
}
