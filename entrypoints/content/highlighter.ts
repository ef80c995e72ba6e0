/**
 * Paints highlights without touching the page's own nodes: with the CSS Custom Highlight API
 * where the browser has it (ranges registered by name, styled by `::highlight()` rules in a
 * constructed stylesheet the document adopts), else with boxes laid over the text inside
 * ClaimTrail's own shadow root. Styles follow the page's light or dark scheme.
 */
import type { HighlightKind, PassageRange } from '../../lib/highlight-ranges';

export const HIGHLIGHT_NAMES: Readonly<Record<HighlightKind, string>> = { same: 'claimtrail-same', supports: 'claimtrail-supports', note: 'claimtrail-note' };
/** Three underlines a reader tells apart without colour: solid, dotted, dashed. */
const LINES: Readonly<Record<HighlightKind, string>> = { same: 'solid', supports: 'dotted', note: 'dashed' };

const COLORS: Readonly<Record<HighlightKind, { light: string; dark: string; line: string }>> = {
  same: { light: 'rgba(255, 196, 0, 0.32)', dark: 'rgba(255, 196, 0, 0.28)', line: 'rgb(176, 120, 0)' },
  supports: { light: 'rgba(64, 150, 255, 0.18)', dark: 'rgba(96, 170, 255, 0.22)', line: 'rgb(40, 110, 200)' },
  note: { light: 'rgba(163, 113, 247, 0.2)', dark: 'rgba(188, 140, 255, 0.26)', line: 'rgb(130, 80, 223)' },
};

const highlightRules = (scheme: 'light' | 'dark') =>
  (Object.keys(HIGHLIGHT_NAMES) as HighlightKind[])
    .map((kind) => `::highlight(${HIGHLIGHT_NAMES[kind]}) { background-color: ${COLORS[kind][scheme]}; text-decoration: underline ${LINES[kind]} ${COLORS[kind].line}; text-decoration-thickness: 2px; }`)
    .join('\n');

const FLASH = 'claimtrail-flash';
const STYLES = `${highlightRules('light')}\n@media (prefers-color-scheme: dark) {\n${highlightRules('dark')}\n}\n::highlight(${FLASH}) { background-color: rgba(255, 120, 0, 0.55); }`;

const hasHighlightApi = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Highlighter {
  #sheet: CSSStyleSheet | undefined;
  #overlay: { host: HTMLElement; root: ShadowRoot } | undefined;
  #painted: PassageRange[] = [];
  readonly #reposition = () => this.#drawOverlay();

  /** Replaces whatever was painted with `ranges`. */
  paint(ranges: PassageRange[]): void {
    this.clear();
    this.#painted = ranges;
    if (ranges.length === 0) return;
    if (hasHighlightApi()) {
      this.#adoptStyles();
      for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
        const of = ranges.filter((r) => r.kind === kind).map((r) => r.range);
        if (of.length > 0) CSS.highlights.set(HIGHLIGHT_NAMES[kind], new Highlight(...of));
      }
    } else {
      this.#drawOverlay();
      window.addEventListener('resize', this.#reposition);
    }
  }

  /** Flashes a range for a moment (the side panel pointed at it); `done` removes the flash. */
  flash(range: Range): () => void {
    if (!hasHighlightApi()) return () => undefined;
    this.#adoptStyles();
    CSS.highlights.set(FLASH, new Highlight(range));
    return () => CSS.highlights.delete(FLASH);
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

  /** Removes every highlight and ClaimTrail's styles; the page is as it was. */
  clear(): void {
    this.#painted = [];
    if (hasHighlightApi()) for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    window.removeEventListener('resize', this.#reposition);
    this.#overlay?.root.replaceChildren();
  }

  destroy(): void {
    this.clear();
    if (this.#sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
    this.#overlay?.host.remove();
    this.#sheet = undefined;
    this.#overlay = undefined;
  }

  #adoptStyles(): void {
    if (this.#sheet) return;
    this.#sheet = new CSSStyleSheet();
    this.#sheet.replaceSync(STYLES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
  }

  /** Fallback: one box per line of each range, in a shadow root over the page, never catching the pointer. */
  #drawOverlay(): void {
    if (!this.#overlay) {
      const host = document.createElement('claimtrail-highlights');
      host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483646;';
      const root = host.attachShadow({ mode: 'closed' });
      document.documentElement.append(host);
      this.#overlay = { host, root };
    }
    const boxes = this.#painted.flatMap(({ kind, range }) =>
      [...range.getClientRects()].map((rect) => {
        const box = document.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;background:${COLORS[kind].light};border-bottom:2px ${LINES[kind]} ${COLORS[kind].line};`;
        return box;
      }),
    );
    this.#overlay.root.replaceChildren(...boxes);
  }
}
