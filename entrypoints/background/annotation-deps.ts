import { browser } from 'wxt/browser';
import { annotatePage, placePageAnnotations, removeAnnotation, updateAnnotation, valueOrThrow } from '../../lib/annotations/page-annotations';
import { backgroundToContent, backgroundToFrame, createClient } from '../../lib/messages';
import { extensionDb } from '../../platform/extension-db';
import type { AnnotationDeps } from './annotation-routes';
import type { TabStates } from './tab-states';

const clock = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };

/**
 * The annotation handlers' dependencies over the extension's database. After every write
 * `onWritten` runs (the sync service: engines told, pages repainted).
 */
export function browserAnnotationDeps(onWritten: () => void): AnnotationDeps {
  const db = extensionDb();
  return {
    annotate: async (page, span) => valueOrThrow(await annotatePage(db, clock, page, span)),
    place: (page) => placePageAnnotations(db, page),
    update: async (id, body) => valueOrThrow(await updateAnnotation(db, clock, id, body)),
    remove: async (id) => valueOrThrow(await removeAnnotation(db, clock, id)),
    written: async () => onWritten(),
  };
}

/**
 * Tells every tab that shows an article to fetch and paint its annotations again, and every
 * editor frame to read what it edits again (an edit in the side panel, or from sync, shows there).
 */
export async function repaintAnnotations(tabs: TabStates): Promise<void> {
  const open = await browser.tabs.query({}).catch(() => []);
  // With no editor frame open there is no receiver; the client turns that into a result.
  const frames = createClient(backgroundToFrame, (message) => browser.runtime.sendMessage(message))('editorRefresh', {});
  await Promise.all([
    frames,
    ...open
      .filter((tab) => tab.id !== undefined && tabs.get(tab.id)?.kind === 'article')
      .map((tab) => createClient(backgroundToContent, (message) => browser.tabs.sendMessage(tab.id!, message, { frameId: 0 }))('annotationsChanged', {})),
  ]);
}
