/**
 * Code that runs in a news page's own world (not the extension's), to observe what ClaimTrail
 * painted there. Self-contained, because it is serialised into the page.
 */

/** Scrolls the first `same` highlight into view and returns a point on its first line. */
export function firstHighlightPoint(): { x: number; y: number } {
  const range = [...CSS.highlights.get('claimtrail-same')!][0] as Range;
  range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0]!;
  return { x: rect.left + 4, y: rect.top + rect.height / 2 };
}
