/**
 * Reaching into ClaimTrail's closed shadow roots from a test, through the DevTools protocol
 * (which sees them; page scripts and Playwright locators cannot): read their text, click an
 * element by its `data-testid`, list the highlight overlay's boxes.
 */
import type { Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

async function documentTree(page: Page): Promise<{ root: DomNode; send: (method: string, params?: object) => Promise<unknown>; detach: () => Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  const send = (method: string, params?: object) => cdp.send(method as never, params as never) as Promise<unknown>;
  const { root } = (await send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return { root, send, detach: () => cdp.detach() };
}

function* walk(node: DomNode, inside: boolean, hostTag: string): Generator<[DomNode, boolean]> {
  const within = inside || node.nodeName.toLowerCase() === hostTag;
  yield [node, within];
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child, within, hostTag);
}

/** The text inside an element's shadow root, closed ones included. */
export async function shadowText(page: Page, hostTag: string): Promise<string> {
  const { root, detach } = await documentTree(page);
  const texts = [...walk(root, false, hostTag)].filter(([node, within]) => within && node.nodeType === 3).map(([node]) => node.nodeValue ?? '');
  await detach();
  return texts.join(' ');
}

/** Clicks the element with `data-testid` inside `hostTag`'s shadow root, at its centre, as a reader would. */
export async function clickInShadow(page: Page, hostTag: string, testId: string): Promise<void> {
  const { root, send, detach } = await documentTree(page);
  const target = [...walk(root, false, hostTag)].find(([node, within]) => within && attribute(node, 'data-testid') === testId)?.[0];
  if (!target) {
    await detach();
    throw new Error(`no [data-testid="${testId}"] inside <${hostTag}>`);
  }
  await send('DOM.scrollIntoViewIfNeeded', { backendNodeId: target.backendNodeId });
  const { model } = (await send('DOM.getBoxModel', { backendNodeId: target.backendNodeId })) as { model: { content: number[] } };
  await detach();
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** A box of ClaimTrail's highlight overlay: its style (`same`, `supports`, `note`, `flash`), its passage, where it is (page pixels). */
export interface OverlayBox {
  kind: string;
  ordinal: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The boxes in ClaimTrail's closed highlight overlay (`<claimtrail-highlights>`). */
export async function overlayBoxes(page: Page): Promise<OverlayBox[]> {
  const { root, detach } = await documentTree(page);
  const nodes = [...walk(root, false, 'claimtrail-highlights')].filter(([node, within]) => within && attribute(node, 'data-ordinal') !== undefined).map(([node]) => node);
  await detach();
  return nodes.map((node) => {
    const style = attribute(node, 'style') ?? '';
    const px = (name: string) => Number(new RegExp(`(?:^|;)\\s*${name}:\\s*([\\d.e+-]+)px`).exec(style)?.[1] ?? Number.NaN);
    return { kind: attribute(node, 'class') ?? '', ordinal: Number(attribute(node, 'data-ordinal')), left: px('left'), top: px('top'), width: px('width'), height: px('height') };
  });
}

/** How many passages (distinct ordinals) the overlay paints in each style. */
export const paintedCounts = (boxes: readonly OverlayBox[]): Record<string, number> => {
  const ordinals = new Map<string, Set<number>>();
  for (const box of boxes) ordinals.set(box.kind, (ordinals.get(box.kind) ?? new Set()).add(box.ordinal));
  return Object.fromEntries([...ordinals].map(([kind, set]) => [kind, set.size]));
};

function attribute(node: DomNode, name: string): string | undefined {
  const attributes = node.attributes ?? [];
  const at = attributes.indexOf(name);
  return at >= 0 && at % 2 === 0 ? attributes[at + 1] : undefined;
}
