/**
 * Where the hover card lives on a news page: a closed shadow root in one host element of
 * ClaimTrail's own, so the page's styles cannot reach the card and the card's cannot reach the
 * page. Placed beside the passage (below it, or above when there is no room), never over it.
 */
import { render, type ComponentChild } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../components/i18n-context';
import type { Translate } from '../../lib/i18n';
import { CARD_STYLES } from './card-styles';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
const translate: Translate = (key, substitutions) => browser.i18n.getMessage(key as MessageKey, substitutions?.map(String) ?? []);

const CARD_WIDTH = 380;
const GAP = 8;

/** Whether the page paints itself dark: its own background, not the system's preference. */
function pageIsDark(): boolean {
  const colour = getComputedStyle(document.body ?? document.documentElement).backgroundColor;
  const [r = 255, g = 255, b = 255, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  if (a === 0) return matchMedia('(prefers-color-scheme: dark)').matches;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export class CardHost {
  readonly #host: HTMLElement;
  readonly #root: ShadowRoot;
  readonly #container: HTMLElement;
  #onClose: (() => void) | undefined;
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

  /** Opens the card of passage `ordinal` beside `anchor` (the passage's or the selection's box). */
  /** Opens the card `key` (a passage's or annotation's ordinal) with `content`, beside `anchor`. */
  show(key: number, content: (close: () => void) => ComponentChild, anchor: DOMRect, options: { onClose?: () => void }): void {
    this.openFor = key;
    this.#onClose = options.onClose;
    this.#container.dataset['scheme'] = pageIsDark() ? 'dark' : 'light';
    render(<I18nContext.Provider value={translate}>{content(() => this.hide())}</I18nContext.Provider>, this.#container);
    this.#host.style.display = 'block';
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
