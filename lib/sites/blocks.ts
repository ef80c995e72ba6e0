/**
 * Blocks: the paragraphs (and headings, quotes, list items) of an article body, each with its text
 * and the map back to the DOM text nodes it came from.
 */
import type { Lang } from '../schema';
import { appendTextNode, TextMap } from './text-map';

export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'item';

export interface Block {
  text: string;
  kind: BlockKind;
  /** Offsets in `text` → DOM; empty for text read from a data block (JSON, textarea). */
  map: TextMap;
  /** Set when the page says which language the block is in (FT Chinese bilingual columns). */
  lang?: Lang;
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'LI', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'FIGURE', 'TABLE', 'ASIDE', 'HEADER', 'FOOTER', 'PRE']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FIGCAPTION', 'IMG', 'VIDEO', 'AUDIO']);

const kindOf = (tag: string): BlockKind =>
  /^H\d$/.test(tag) ? 'heading' : tag === 'BLOCKQUOTE' ? 'quote' : tag === 'LI' ? 'item' : 'paragraph';

/**
 * Walks `root` in document order and cuts its text into blocks: every block-level element, and
 * every run of `breaksPerBlock` `<br>`s, ends a block (Global Times separates paragraphs by
 * `<br><br>`; FT Chinese bilingual headings put `English<br>中文`). Elements for which `skip` is
 * true are left out with everything inside them.
 */
export function collectBlocks(root: Element, skip: (element: Element) => boolean, breaksPerBlock: 1 | 2 = 2): Block[] {
  const collector = new BlockCollector(breaksPerBlock);
  // An explicit stack, not recursion: hostile pages nest deeper than the call stack allows.
  const stack: { node: Node; closes?: boolean }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, closes } = stack.pop()!;
    if (closes) collector.flush();
    else if (node.nodeType === 3) collector.text(node as Text);
    else if (node === root || collector.enter(node, skip, stack)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child });
    }
  }
  collector.flush();
  return collector.blocks;
}

/** The state of one walk: the block being built and the blocks done. */
class BlockCollector {
  readonly blocks: Block[] = [];
  #current = { text: '' };
  #map = new TextMap();
  #kind: BlockKind = 'paragraph';
  #pendingBreaks = 0;

  constructor(private readonly breaksPerBlock: number) {}

  flush(): void {
    if (this.#current.text.trim()) this.blocks.push({ text: this.#current.text.trimEnd(), kind: this.#kind, map: this.#map });
    this.#current = { text: '' };
    this.#map = new TextMap();
    this.#kind = 'paragraph';
  }

  text(node: Text): void {
    if (/\S/.test(node.data)) {
      if (this.#pendingBreaks >= this.breaksPerBlock) this.flush();
      this.#pendingBreaks = 0;
    }
    appendTextNode(node, this.#current, this.#map);
  }

  /** Handles an element; returns whether its children are to be walked. */
  enter(node: Node, skip: (element: Element) => boolean, stack: { node: Node; closes?: boolean }[]): boolean {
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || skip(element)) return false;
    if (tag === 'BR') {
      this.#pendingBreaks += 1;
      if (this.#current.text && !this.#current.text.endsWith(' ')) this.#current.text += ' ';
      return false;
    }
    if (BLOCK_TAGS.has(tag)) {
      this.flush();
      this.#kind = kindOf(tag);
      stack.push({ node, closes: true });
    }
    return true;
  }
}

/** A block whose text does not come from page text nodes (a JSON transcript, a textarea). */
export function dataBlock(text: string, kind: BlockKind = 'paragraph', lang?: Lang): Block {
  return { text: text.replace(/\s+/g, ' ').trim(), kind, map: new TextMap(), ...(lang ? { lang } : {}) };
}

/** Whether `element` matches any of `selectors` (a comma list), without throwing on odd nodes. */
export function matchesAny(element: Element, selectors: string): boolean {
  try {
    return element.matches(selectors);
  } catch {
    return false;
  }
}
