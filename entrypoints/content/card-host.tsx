/**
 * Where the hover card lives on a news page: a closed shadow root in one host element of
 * ClaimTrail's own, so the page's styles cannot reach the card and the card's cannot reach the
 * page. Placed beside the passage (below it, or above when there is no room), never over it.
 */
import { render, type ComponentChild } from 'preact';
import { browser } from 'wxt/browser';
import { CARD_STYLES } from '../../components/card-styles';
import { I18nContext } from '../../components/i18n-context';
import type { Translate } from '../../lib/i18n';
import { pageScheme } from './page-scheme';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
const translate: Translate = (key, substitutions) => browser.i18n.getMessage(key as MessageKey, substitutions?.map(String) ?? []);

const CARD_WIDTH = 380;
const GAP = 8;

export class CardHost {
  readonly #host: HTMLElement;
  readonly #root: ShadowRoot;
  readonly #container: HTMLElement;
  #onClose: (() => void) | undefined;
  #anchor: { top: number; bottom: number; left: number } | undefined;
  /** The passage whose card is open. */
  openFor: number | undefined;

  constructor() {
    this.#host = document.createElement('claimtrail-card');
    this.#host.style.cssText = `position:absolute;z-index:2147483647;width:${CARD_WIDTH}px;max-width:calc(100vw - 16px);display:none;`;
    this.#root = this.#host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CARD_STYLES;
    this.#container = document.createElement('div');
    this.#root.append(style, this.#container);
    document.documentElement.append(this.#host);
  }

  /** Opens the card `key` (a passage's or annotation's ordinal) with `content`, beside `anchor` (the passage's or the selection's box). */
  show(key: number, content: (close: () => void) => ComponentChild, anchor: DOMRect, options: { onClose?: () => void }): void {
    this.openFor = key;
    this.#onClose = options.onClose;
    // Kept in page coordinates: the frame may resize the card after the reader scrolled.
    this.#anchor = { top: anchor.top + scrollY, bottom: anchor.bottom + scrollY, left: anchor.left + scrollX };
    this.#container.dataset['scheme'] = pageScheme();
    render(<I18nContext.Provider value={translate}>{content(() => this.hide())}</I18nContext.Provider>, this.#container);
    this.#host.style.display = 'block';
    this.place();
  }

  /** Places the open card beside its anchor again (its content changed height: the editor frame drew). */
  place(): void {
    const page = this.#anchor;
    if (this.openFor === undefined || !page) return;
    const anchor = { top: page.top - scrollY, bottom: page.bottom - scrollY, left: page.left - scrollX };
    const height = this.#host.offsetHeight;
    const below = anchor.bottom + GAP + height <= innerHeight || anchor.top - GAP - height < 0;
    const top = (below ? anchor.bottom + GAP : anchor.top - GAP - height) + scrollY;
    const left = Math.max(GAP, Math.min(anchor.left, innerWidth - CARD_WIDTH - GAP)) + scrollX;
    this.#host.style.top = `${top}px`;
    this.#host.style.left = `${left}px`;
  }

  hide(): void {
    if (this.openFor === undefined) return;
    this.openFor = undefined;
    this.#host.style.display = 'none';
    render(null, this.#container);
    const onClose = this.#onClose;
    this.#onClose = undefined;
    onClose?.();
  }

  /** Whether a pointer event's target is inside the card (the page sees only the host). */
  contains(target: EventTarget | null): boolean {
    return target === this.#host;
  }

  destroy(): void {
    this.hide();
    this.#host.remove();
  }
}
