import type { CardScheme, OpenEditorRequest } from '../../lib/schema';

/** One tab's open editor: what its card edits, and the frame that took it. */
export interface EditorSessionRecord {
  /** A random id: the page never sees it, so a frame the page embeds itself cannot name it. */
  session: string;
  ids: string[];
  focusId?: string;
  scheme: CardScheme;
  /** The frame that asked first, once one has: the only one answered from then on. */
  frameId?: number;
  claimed: boolean;
}

/**
 * The editor each tab's card has open, keyed by tab (the browser names a message's tab; a page
 * cannot forge that). One per tab: a card shows one editor frame at a time, and opening another
 * replaces it. Held in memory: after a service-worker restart a frame keeps what it shows and its
 * writes still go through (`editorSave` needs no session), only a refresh finds nothing.
 */
export class EditorSessions {
  readonly #byTab = new Map<number, EditorSessionRecord>();
  readonly #newId: () => string;

  constructor(newId: () => string = () => crypto.randomUUID()) {
    this.#newId = newId;
  }

  /** Opens the tab's editor for `request`'s annotations; answers the new session id. */
  open(tabId: number, request: Pick<OpenEditorRequest, 'ids' | 'focusId' | 'scheme'>): string {
    const session = this.#newId();
    const { ids, focusId, scheme } = request;
    this.#byTab.set(tabId, { session, ids: [...ids], scheme, claimed: false, ...(focusId ? { focusId } : {}) });
    return session;
  }

  /**
   * The tab's editor for the frame `frameId`: the first frame to ask takes it, so a second frame
   * (one a hostile page embedded itself, which it can in Chrome) gets nothing.
   */
  claim(tabId: number, frameId: number | undefined): EditorSessionRecord | undefined {
    const record = this.#byTab.get(tabId);
    if (!record) return undefined;
    if (!record.claimed) {
      record.claimed = true;
      if (frameId !== undefined) record.frameId = frameId;
      return record;
    }
    return record.frameId === frameId ? record : undefined;
  }

  forget(tabId: number): void {
    this.#byTab.delete(tabId);
  }
}
