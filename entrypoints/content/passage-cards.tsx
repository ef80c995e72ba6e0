/**
 * Opens a highlighted passage's card: when the pointer rests on it, when the reader selects text
 * in it, or from the keyboard (its button, then Enter). Closes when the pointer leaves passage
 * and card, on Esc, or on the card's button; keyboard focus returns to the passage's button.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PassageRange } from '../../lib/highlight-ranges';
import type { CorpusMatch, PageMatchesAnswer } from '../../lib/schema';
import { CardHost } from './card-host';
import type { Highlighter } from './highlighter';
import { KeyboardTargets } from './keyboard-targets';

const OPEN_DELAY_MS = 180;
const CLOSE_DELAY_MS = 350;

type Caret = { node: Node; offset: number };

/** The text position under a point: `caretPositionFromPoint` (Firefox, new Chromium) or `caretRangeFromPoint`. */
function caretAt(x: number, y: number): Caret | undefined {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

const overlaps = (a: Range, b: Range): boolean => a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0;

export class PassageCards {
  readonly #ctx: ContentScriptContext;
  readonly #highlighter: Highlighter;
  readonly #card = new CardHost();
  readonly #keys = new KeyboardTargets();
  #matches = new Map<number, CorpusMatch[]>();
  #outletNames: PageMatchesAnswer['outletNames'] = {};
  #openTimer: number | undefined;
  #closeTimer: number | undefined;
  #framePending = false;
  #lastPointer: PointerEvent | undefined;
  /** Opened by hover (closes when the pointer leaves), or held open by keyboard or selection. */
  #held = false;

  constructor(ctx: ContentScriptContext, highlighter: Highlighter) {
    this.#ctx = ctx;
    this.#highlighter = highlighter;
    ctx.addEventListener(document, 'pointermove', (event) => this.#onPointer(event), { passive: true });
    ctx.addEventListener(document, 'selectionchange', () => this.#onSelection());
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape') this.#card.hide();
    });
  }

  /** The painted passages and their matches, after each paint. */
  update(ranges: readonly PassageRange[], matches: ReadonlyMap<number, CorpusMatch[]>, outletNames: PageMatchesAnswer['outletNames']): void {
    this.#card.hide();
    this.#matches = new Map(matches);
    this.#outletNames = outletNames;
    this.#keys.set(
      ranges,
      (passage) => browser.i18n.getMessage('passageButton', [String(this.#matches.get(passage.ordinal)?.length ?? 0), passage.range.toString().slice(0, 80)]),
      (passage, button) => this.#open(passage, button.getBoundingClientRect(), { focus: true, held: true, returnTo: passage.ordinal }),
    );
  }

  clear(): void {
    this.#card.hide();
    this.#keys.clear();
    this.#matches = new Map();
  }

  destroy(): void {
    this.#card.destroy();
    this.#keys.destroy();
  }

  #open(passage: PassageRange, anchor: DOMRect, options: { focus: boolean; held: boolean; returnTo?: number }): void {
    const matches = this.#matches.get(passage.ordinal);
    if (!matches || matches.length === 0) return;
    this.#held = options.held;
    const returnTo = options.returnTo;
    const zh = browser.i18n.getUILanguage().startsWith('zh');
    const outletName = (id: string) => (zh ? this.#outletNames[id]?.zh : this.#outletNames[id]?.en) ?? id;
    this.#card.show(passage.ordinal, matches, outletName, anchor, { focus: options.focus, ...(returnTo === undefined ? {} : { onClose: () => this.#keys.focus(returnTo) }) });
  }

  #onPointer(event: PointerEvent): void {
    this.#lastPointer = event;
    if (this.#framePending) return;
    this.#framePending = true;
    requestAnimationFrame(() => {
      this.#framePending = false;
      const pointer = this.#lastPointer;
      if (pointer) this.#hover(pointer);
    });
  }

  #hover(event: PointerEvent): void {
    if (this.#card.contains(event.target)) {
      this.#cancel('close');
      return;
    }
    const caret = this.#matches.size > 0 ? caretAt(event.clientX, event.clientY) : undefined;
    const passage = caret ? this.#highlighter.passageAt(caret.node, caret.offset) : undefined;
    if (passage) {
      this.#cancel('close');
      if (this.#card.openFor === passage.ordinal || this.#openTimer !== undefined) return;
      this.#openTimer = this.#ctx.setTimeout(() => {
        this.#openTimer = undefined;
        const rects = [...passage.range.getClientRects()];
        const line = rects.find((rect) => event.clientY >= rect.top && event.clientY <= rect.bottom) ?? passage.range.getBoundingClientRect();
        this.#open(passage, line, { focus: false, held: false });
      }, OPEN_DELAY_MS);
      return;
    }
    this.#cancel('open');
    if (this.#card.openFor !== undefined && !this.#held && this.#closeTimer === undefined) {
      this.#closeTimer = this.#ctx.setTimeout(() => {
        this.#closeTimer = undefined;
        this.#card.hide();
      }, CLOSE_DELAY_MS);
    }
  }

  /** A selection inside a highlighted passage opens that passage's card below the selection. */
  #onSelection(): void {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || this.#matches.size === 0) return;
    const selected = selection.getRangeAt(0);
    const passage = this.#highlighter.painted.find(({ range }) => overlaps(range, selected));
    if (passage && this.#card.openFor !== passage.ordinal) this.#open(passage, selected.getBoundingClientRect(), { focus: false, held: true });
  }

  #cancel(which: 'open' | 'close'): void {
    const timer = which === 'open' ? this.#openTimer : this.#closeTimer;
    if (timer !== undefined) clearTimeout(timer);
    if (which === 'open') this.#openTimer = undefined;
    else this.#closeTimer = undefined;
  }
}
