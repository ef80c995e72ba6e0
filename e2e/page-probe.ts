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

/**
 * Resolves, once ClaimTrail's card shows, with the milliseconds from the first pointer event after
 * this call to the card on screen (the hover-intent delay included).
 */
export function cardOpenLatency(): Promise<number> {
  return new Promise((resolve) => {
    let start: number | undefined;
    addEventListener('pointermove', (event) => (start ??= event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const host = document.querySelector<HTMLElement>('claimtrail-card');
      if (start === undefined || host?.style.display !== 'block') return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
  });
}
