/**
 * Paints highlights without touching the page's own nodes and without telling the page what they
 * are: boxes laid over the text inside ClaimTrail's own closed shadow root. Not the CSS Custom
 * Highlight API: its registry (`CSS.highlights`) belongs to the page, whose scripts can read every
 * range in it — the reader's annotated quotes, and which sentences their corpus holds (what they
 * read and track elsewhere). The cost, measured on the NetEase seed page, is in the README's
 * privacy section. Boxes follow the page's layout: they are drawn again when the window, the
 * page's body or the article's box change size, and once web fonts have loaded.
 */
import type { PassageRange } from '../../lib/highlight-ranges';
import { OVERLAY_STYLES, overlayBoxes, type OverlaySpot } from './overlay-boxes';
import { pageScheme } from './page-scheme';

/** The overlay's element: zero-sized at the page's origin, above the page, never catching the pointer. */
const HOST_STYLE = 'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;pointer-events:none;z-index:2147483646;';

export class Highlighter {
  #overlay: { host: HTMLElement; layer: HTMLElement } | undefined;
  #painted: PassageRange[] = [];
  #flash: Range | undefined;
  #observer: ResizeObserver | undefined;
  #frame: number | undefined;
  readonly #redraw = () => {
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#draw();
    });
  };

  /** Replaces whatever was painted with `ranges`. */
  paint(ranges: PassageRange[]): void {
    this.#painted = ranges;
    this.#draw();
    this.#follow(ranges);
  }

  /** Flashes a range for a moment (the side panel pointed at it); `done` removes the flash. */
  flash(range: Range): () => void {
    this.#flash = range;
    this.#draw();
    return () => {
      if (this.#flash !== range) return;
      this.#flash = undefined;
      this.#draw();
    };
  }

  /** The painted ranges (passages, then annotations) that contain the point (for hover). */
  rangesAt(node: Node, offset: number): PassageRange[] {
    return this.#painted.filter(({ range }) => {
      try {
        return range.isPointInRange(node, offset);
      } catch {
        return false;
      }
    });
  }

  get painted(): readonly PassageRange[] {
    return this.#painted;
  }

  /** Removes every highlight; the page is as it was. */
  clear(): void {
    this.#painted = [];
    this.#flash = undefined;
    this.#unfollow();
    this.#overlay?.layer.replaceChildren();
  }

  destroy(): void {
    this.clear();
    this.#overlay?.host.remove();
    this.#overlay = undefined;
  }

  #draw(): void {
    const overlay = this.#overlay ?? this.#createOverlay();
    const scheme = pageScheme();
    overlay.host.style.mixBlendMode = scheme === 'dark' ? 'screen' : 'multiply';
    overlay.layer.dataset['scheme'] = scheme;
    const spots: OverlaySpot[] = this.#painted.map(({ kind, range, ordinal }) => ({ kind, range, ordinal }));
    if (this.#flash) spots.push({ kind: 'flash', range: this.#flash, ordinal: -1 });
    overlay.layer.replaceChildren(...overlayBoxes(spots, document, { x: scrollX, y: scrollY }));
  }

  #createOverlay(): { host: HTMLElement; layer: HTMLElement } {
    const host = document.createElement('claimtrail-highlights');
    host.style.cssText = HOST_STYLE;
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_STYLES;
    const layer = document.createElement('div');
    root.append(style, layer);
    document.documentElement.append(host);
    this.#overlay = { host, layer };
    return this.#overlay;
  }

  /** Draws again when the text may have moved: the window, the body or the article resized, fonts arrived. */
  #follow(ranges: readonly PassageRange[]): void {
    this.#unfollow();
    if (ranges.length === 0) return;
    // A ResizeObserver reports every target once when observed: the first report is not a change.
    let first = true;
    const observer = new ResizeObserver(() => {
      if (first) first = false;
      else this.#redraw();
    });
    observer.observe(document.documentElement);
    if (document.body) observer.observe(document.body);
    const article = ranges[0]!.range.commonAncestorContainer.parentElement?.closest('article, main, [role=main]');
    if (article) observer.observe(article);
    this.#observer = observer;
    window.addEventListener('resize', this.#redraw);
    void document.fonts?.ready.then(() => this.#observer === observer && this.#redraw());
  }

  #unfollow(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    window.removeEventListener('resize', this.#redraw);
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}
