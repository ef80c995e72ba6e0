import type { PageText, TabState } from '../../lib/schema';

/**
 * What each tab's content script last reported. Held in memory only: after a service-worker
 * restart the router asks the tab again (`describePage`), which is cheaper than keeping a copy in
 * storage in step with every navigation.
 */
export class TabStates {
  readonly #states = new Map<number, TabState>();
  /** The article text each tab's content script last sent, to match again for the side panel. */
  readonly #pages = new Map<number, PageText>();

  page(tabId: number): PageText | undefined {
    return this.#pages.get(tabId);
  }

  setPage(tabId: number, page: PageText): void {
    this.#pages.set(tabId, page);
  }

  get(tabId: number): TabState | undefined {
    return this.#states.get(tabId);
  }

  set(tabId: number, state: TabState): void {
    this.#states.set(tabId, state);
  }

  forget(tabId: number): void {
    this.#states.delete(tabId);
    this.#pages.delete(tabId);
  }
}
