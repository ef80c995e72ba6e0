/**
 * Code that runs in a news page's own world (not the extension's), to observe what ClaimTrail
 * painted there. Self-contained, because it is serialised into the page.
 */

/**
 * Scrolls the first of `quotes` found on the page (the texts of highlighted passages, from the
 * background: `highlightedQuotesInPage`) into view and returns a point on its first line.
 * ClaimTrail's highlights are invisible to page scripts — a closed overlay, not `CSS.highlights`
 * — so a test has to name the text it wants to point at.
 */
// `| void`: callers written before the overlay pass no argument (bench/chromium-bench.ts); they get the error below.
export function firstHighlightPoint(quotes: readonly string[] | void): { x: number; y: number } {
  if (!quotes || quotes.length === 0) throw new Error('firstHighlightPoint needs the texts of highlighted passages (highlightedQuotesInPage): page scripts cannot see ClaimTrail’s highlights');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const quote of quotes) {
    // The opening of the passage: a passage's text is cleaned of page debris, its start is not.
    const opening = quote.slice(0, 10);
    const node = texts.find((text) => text.data.includes(opening));
    if (!node) continue;
    const range = document.createRange();
    const at = node.data.indexOf(opening);
    range.setStart(node, at);
    range.setEnd(node, at + opening.length);
    node.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + 4, y: rect.top + rect.height / 2 };
  }
  throw new Error('none of the highlighted passages is on the page');
}

/** The centre of the first occurrence of `phrase` in the page's text, in page coordinates. */
export function phraseCentre(phrase: string): { x: number; y: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(phrase);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2 + scrollX, y: rect.top + rect.height / 2 + scrollY };
  }
  throw new Error(`"${phrase}" is not on the page`);
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
