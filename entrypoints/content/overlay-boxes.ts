/**
 * The boxes ClaimTrail draws over highlighted text, one per line box of each range, and their
 * styles. Self-contained (no imports, nothing from the module scope) so the end-to-end paint
 * timing can run this very function in a page (e2e/highlight-paint.spec.ts).
 */

/** One painted range: `kind` is its style (`same`, `supports`, `note`, `flash`). */
export interface OverlaySpot {
  kind: string;
  range: Range;
  ordinal: number;
}

/**
 * Boxes for `spots`, in page coordinates (the overlay's host sits at the page's origin). Reads
 * every range's client rectangles first and writes nothing until then: one layout, not one per box.
 */
export function overlayBoxes(spots: readonly OverlaySpot[], doc: Document, scroll: { x: number; y: number }): HTMLElement[] {
  const measured = spots.map((spot) => ({ spot, rects: [...spot.range.getClientRects()] }));
  return measured.flatMap(({ spot, rects }) =>
    rects
      .filter((rect) => rect.width > 0 && rect.height > 0)
      .map((rect) => {
        const box = doc.createElement('div');
        box.className = spot.kind;
        // Inside a closed shadow root: the page can see neither the boxes nor these attributes.
        box.dataset['ordinal'] = String(spot.ordinal);
        box.style.cssText = `left:${rect.left + scroll.x}px;top:${rect.top + scroll.y}px;width:${rect.width}px;height:${rect.height}px`;
        return box;
      }),
  );
}

const COLORS = {
  same: { light: 'rgba(255, 196, 0, 0.38)', dark: 'rgba(255, 196, 0, 0.3)', line: 'rgb(176, 120, 0)' },
  supports: { light: 'rgba(64, 150, 255, 0.22)', dark: 'rgba(96, 170, 255, 0.26)', line: 'rgb(40, 110, 200)' },
  note: { light: 'rgba(163, 113, 247, 0.24)', dark: 'rgba(188, 140, 255, 0.3)', line: 'rgb(130, 80, 223)' },
} as const;
/** Three underlines a reader tells apart without colour: solid, dotted, dashed. */
const LINES = { same: 'solid', supports: 'dotted', note: 'dashed' } as const;

const rules = (scheme: 'light' | 'dark') =>
  (Object.keys(COLORS) as (keyof typeof COLORS)[]).map((kind) => `[data-scheme=${scheme}] .${kind}{background:${COLORS[kind][scheme]};border-bottom:2px ${LINES[kind]} ${COLORS[kind].line}}`).join('\n');

/**
 * The overlay's stylesheet, for a layer `<div data-scheme>` holding the boxes. The host blends
 * with the page below it (multiply on light pages, screen on dark ones: set on the host, where
 * the page's scheme is known), so a box tints the paper and leaves the ink as it was, like a marker.
 */
export const OVERLAY_STYLES = `
div{position:absolute;box-sizing:border-box;pointer-events:none}
${rules('light')}
${rules('dark')}
.flash{background:rgba(255, 120, 0, 0.55)}`;
