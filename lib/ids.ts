/**
 * Stable ids. An article's id is a hash of its canonical URL, so the same article tracked on two
 * devices, or imported twice, gets the same id and is stored once.
 */

/**
 * 64-bit FNV-1a over the UTF-16 code units of `text`, as 16 lower-case hex digits. Not
 * cryptographic: ids only need to be stable and well spread.
 */
export function hash64(text: string): string {
  // Two 32-bit halves with different offset bases, since JS bit operations are 32-bit.
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low ^= text.charCodeAt(i);
    high ^= text.charCodeAt(i) * 31;
    low = Math.imul(low, 0x01000193);
    high = Math.imul(high ^ (low >>> 16), 0x01000193);
  }
  return hex32(high) + hex32(low);
}

const hex32 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** The article id for a canonical URL, e.g. `a_3f2a…` (see `articleIdSchema`). */
export function articleIdFor(canonicalUrl: string): string {
  return `a_${hash64(canonicalUrl)}`;
}

/** The passage id for an article's passage `ordinal`. */
export function passageIdFor(articleId: string, ordinal: number): string {
  return `${articleId}:${ordinal}`;
}
