/**
 * Keyboard access to the highlights: one transparent button per highlighted passage, laid over
 * its first line inside ClaimTrail's own shadow root. Tab reaches them (after the page's own
 * stops), Enter opens the passage's card; they never catch the pointer, so the page's text stays
 * selectable and its links clickable.
 */
import type { PassageRange } from '../../lib/highlight-ranges';

const STYLES = `
button { position: absolute; margin: 0; padding: 0; border: 0; background: transparent; pointer-events: none; border-radius: 3px; }
button:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
`;

export class KeyboardTargets {
  readonly #host: HTMLElement;
  readonly #root: ShadowRoot;
  #buttons = new Map<number, HTMLButtonElement>();

  constructor() {
    this.#host = document.createElement('claimtrail-targets');
    this.#host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483645;';
    this.#root = this.#host.attachShadow({ mode: 'closed' });
    document.documentElement.append(this.#host);
  }

  /** One button per passage; `label` names it, `open` runs on Enter or Space. */
  set(passages: readonly PassageRange[], label: (passage: PassageRange) => string, open: (passage: PassageRange, button: HTMLButtonElement) => void): void {
    const style = document.createElement('style');
    style.textContent = STYLES;
    // A repaint (an annotation saved, the page re-read) must not drop the reader's keyboard place.
    const focused = (this.#root.activeElement as HTMLElement | null)?.dataset['ordinal'];
    this.#buttons = new Map();
    const buttons = passages.flatMap((passage) => {
      const rect = passage.range.getClientRects()[0];
      if (!rect) return [];
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('aria-label', label(passage));
      button.dataset['ordinal'] = String(passage.ordinal);
      button.style.cssText = `left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;`;
      button.addEventListener('click', () => open(passage, button));
      this.#buttons.set(passage.ordinal, button);
      return [button];
    });
    this.#root.replaceChildren(style, ...buttons);
    if (focused !== undefined) this.#buttons.get(Number(focused))?.focus();
  }

  /** Gives focus back to a passage's button (when its card closes). */
  focus(ordinal: number): void {
    this.#buttons.get(ordinal)?.focus();
  }

  clear(): void {
    this.#buttons = new Map();
    this.#root.replaceChildren();
  }

  destroy(): void {
    this.#host.remove();
  }
}
