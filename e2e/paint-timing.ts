/**
 * Paint time of ClaimTrail's highlight overlay against the CSS Custom Highlight API, measured in a
 * real page (the README's privacy section quotes the figures). Both draw the same ranges, the
 * page's matched sentences found by their text; the overlay is ClaimTrail's own code
 * (`overlayBoxes` and its stylesheet), the highlights use the rules ClaimTrail used before.
 */

/** Milliseconds of one variant: the script alone, and the script plus the frame's style, layout and paint. */
export interface PaintFigures {
  runs: number;
  ranges: number;
  /** Median and 90th percentile, in milliseconds. */
  script: { median: number; p90: number };
  frame: { median: number; p90: number };
}

export interface PaintTiming {
  /** A frame in which nothing changes: what the frame costs anyway. */
  baseline: PaintFigures;
  cssHighlights: PaintFigures;
  overlay: PaintFigures;
  /** Boxes the overlay drew (one per line of each range). */
  overlayBoxes: number;
}

/**
 * Runs in the page. `drawBoxes` is `overlayBoxes` (passed as source: the page cannot import it).
 * Each run: clear, let a frame go by, then in a frame's animation callback apply the variant and
 * post a message — which is handled after that frame's style, layout and paint, so the time to it
 * is the variant's cost within the frame, without waiting for the screen's next refresh.
 */
export async function measurePaint(
  drawBoxes: (spots: { kind: string; range: Range; ordinal: number }[], doc: Document, scroll: { x: number; y: number }) => HTMLElement[],
  args: { quotes: string[]; overlayStyles: string; highlightRule: string; runs: number },
): Promise<PaintTiming> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  const starts: number[] = [];
  nodes.reduce((offset, node) => (starts.push(offset), offset + node.data.length), 0);
  const pointAt = (offset: number): [Text, number] => {
    let i = starts.findIndex((start, k) => offset >= start && offset <= start + nodes[k]!.data.length);
    if (i < 0) i = nodes.length - 1;
    return [nodes[i]!, offset - starts[i]!];
  };
  // A passage's text is the page's without its debris (pinyin readings after a character, as
  // lib/text/debris.ts strips them, and mis-decoded characters): search a copy cleaned the same
  // way, whose every character remembers where it stands in the page's text.
  const reading = /[(\uff08?\ufffd](?<=\p{Script=Han}.)[a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc' -]{1,40}[)\uff09]/gu;
  const toned = /[\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc]/;
  const dropped = new Set<number>();
  for (const match of text.matchAll(reading)) if (toned.test(match[0])) for (let k = 0; k < match[0].length; k++) dropped.add(match.index + k);
  let cleaned = '';
  const rawAt: number[] = [];
  for (let k = 0; k < text.length; k++) {
    if (dropped.has(k) || text[k] === '\ufffd') continue;
    cleaned += text[k];
    rawAt.push(k);
  }
  const ranges = args.quotes.flatMap((quote) => {
    const at = cleaned.indexOf(quote.trim());
    if (at < 0) return [];
    const range = document.createRange();
    range.setStart(...pointAt(rawAt[at]!));
    range.setEnd(...pointAt(rawAt[at + quote.trim().length - 1]! + 1));
    return [range];
  });

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(args.highlightRule);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const host = document.createElement('paint-timing-overlay');
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;pointer-events:none;z-index:2147483646;mix-blend-mode:multiply';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = args.overlayStyles;
  const layer = document.createElement('div');
  layer.dataset['scheme'] = 'light';
  root.append(style, layer);
  document.documentElement.append(host);
  const spots = ranges.map((range, ordinal) => ({ kind: 'same', range, ordinal }));

  const variants: Record<'baseline' | 'cssHighlights' | 'overlay', { apply: () => void; clear: () => void }> = {
    baseline: { apply: () => undefined, clear: () => undefined },
    cssHighlights: { apply: () => CSS.highlights.set('paint-timing', new Highlight(...ranges)), clear: () => CSS.highlights.delete('paint-timing') },
    overlay: { apply: () => layer.replaceChildren(...drawBoxes(spots, document, { x: scrollX, y: scrollY })), clear: () => layer.replaceChildren() },
  };
  const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const once = (apply: () => void) =>
    new Promise<{ script: number; frame: number }>((resolve) =>
      requestAnimationFrame(() => {
        const t0 = performance.now();
        apply();
        const script = performance.now() - t0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ script, frame: performance.now() - t0 });
        channel.port2.postMessage(0);
      }),
    );
  const samples: Record<keyof typeof variants, { script: number; frame: number }[]> = { baseline: [], cssHighlights: [], overlay: [] };
  const order = Object.keys(variants) as (keyof typeof variants)[];
  for (let run = 0; run < args.runs; run++) {
    // Rotated, so no variant always follows the same one.
    for (const name of [...order.slice(run % 3), ...order.slice(0, run % 3)]) {
      variants[name].clear();
      await afterFrame();
      samples[name].push(await once(variants[name].apply));
    }
  }
  const overlayBoxCount = layer.childElementCount || drawBoxes(spots, document, { x: 0, y: 0 }).length;
  for (const variant of Object.values(variants)) variant.clear();
  host.remove();
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);

  const figures = (list: { script: number; frame: number }[]): PaintFigures => {
    const stat = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) / 100;
      return { median: at(0.5), p90: at(0.9) };
    };
    return { runs: list.length, ranges: ranges.length, script: stat(list.map((s) => s.script)), frame: stat(list.map((s) => s.frame)) };
  };
  return { baseline: figures(samples.baseline), cssHighlights: figures(samples.cssHighlights), overlay: figures(samples.overlay), overlayBoxes: overlayBoxCount };
}

/** The `::highlight()` rule ClaimTrail used for `same` before the overlay (light scheme). */
export const HIGHLIGHT_RULE = '::highlight(paint-timing) { background-color: rgba(255, 196, 0, 0.32); text-decoration: underline solid rgb(176, 120, 0); text-decoration-thickness: 2px; }';
