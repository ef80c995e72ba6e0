/**
 * Text gathered from DOM text nodes, with white space collapsed, and a map from offsets in that
 * text back to the nodes, so a passage found in the text can be highlighted in the page.
 */

/** A run of the collected text that is an unchanged slice of one DOM text node. */
interface Segment {
  textStart: number;
  node: Text;
  nodeOffset: number;
  length: number;
}

/** A DOM position: a text node and a UTF-16 offset in it. */
export interface NodePoint {
  node: Text;
  offset: number;
}

/** Offsets in the collected text → DOM positions. */
export class TextMap {
  readonly #segments: Segment[] = [];

  /** Records that `length` characters at `textStart` are `node.data` from `nodeOffset`. */
  add(textStart: number, node: Text, nodeOffset: number, length: number): void {
    this.#segments.push({ textStart, node, nodeOffset, length });
  }

  /** Shifts every recorded offset by `delta` (when a block moves inside the article text). */
  shifted(delta: number): TextMap {
    const map = new TextMap();
    for (const s of this.#segments) map.add(s.textStart + delta, s.node, s.nodeOffset, s.length);
    return map;
  }

  /** Adds every segment of `other`, whose offsets must already be in this map's coordinates. */
  merge(other: TextMap): void {
    this.#segments.push(...other.#segments);
  }

  /**
   * The DOM position of text offset `offset`, or `undefined` when the text there did not come
   * from a text node (collapsed white space between nodes, text read from a data block).
   * `edge: 'end'` resolves an exclusive end offset to the end of the preceding character.
   */
  pointAt(offset: number, edge: 'start' | 'end' = 'start'): NodePoint | undefined {
    const probe = edge === 'end' ? offset - 1 : offset;
    let low = 0;
    let high = this.#segments.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = this.#segments[mid]!;
      if (probe < segment.textStart) high = mid - 1;
      else if (probe >= segment.textStart + segment.length) low = mid + 1;
      else return { node: segment.node, offset: segment.nodeOffset + probe - segment.textStart + (edge === 'end' ? 1 : 0) };
    }
    return undefined;
  }

  /**
   * The text span (UTF-16 offsets, end exclusive) that a DOM range covers — a reader's
   * selection — or `undefined` when it covers none of the text. Boundaries outside the text
   * (between elements, in collapsed white space) move inwards to the nearest text.
   */
  spanOf(range: Range): { start: number; end: number } | undefined {
    let start: number | undefined;
    let end: number | undefined;
    for (const s of this.#segments) {
      if (!range.intersectsNode(s.node)) continue;
      const from = s.node === range.startContainer ? Math.max(range.startOffset, s.nodeOffset) : s.nodeOffset;
      const to = s.node === range.endContainer ? Math.min(range.endOffset, s.nodeOffset + s.length) : s.nodeOffset + s.length;
      if (to <= from) continue;
      start = Math.min(start ?? Infinity, s.textStart + from - s.nodeOffset);
      end = Math.max(end ?? -1, s.textStart + to - s.nodeOffset);
    }
    return start === undefined || end === undefined ? undefined : { start, end };
  }

  /** How many segments the map holds. */
  get size(): number {
    return this.#segments.length;
  }
}

const WHITESPACE = /\s+/y;
const NON_WHITESPACE = /\S+/y;

/**
 * Appends a text node's data to `out`, collapsing runs of white space into one space (none at the
 * start of a block), and records the unchanged runs in `map`.
 */
export function appendTextNode(node: Text, out: { text: string }, map: TextMap): void {
  const data = node.data;
  let at = 0;
  while (at < data.length) {
    WHITESPACE.lastIndex = at;
    if (WHITESPACE.test(data)) {
      if (out.text.length > 0 && !out.text.endsWith(' ')) out.text += ' ';
      at = WHITESPACE.lastIndex;
      continue;
    }
    NON_WHITESPACE.lastIndex = at;
    NON_WHITESPACE.test(data);
    const end = NON_WHITESPACE.lastIndex;
    map.add(out.text.length, node, at, end - at);
    out.text += data.slice(at, end);
    at = end;
  }
}
