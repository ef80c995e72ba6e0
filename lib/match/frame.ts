/**
 * "The Financial Times pointed out that …" frames a claim; the claim is what follows. Reporting
 * words are told apart from content here, once, for the scorer and the attribution check.
 */
export const FRAME_STEMS: ReadonlySet<string> = new Set(['say', 'state', 'point', 'believ', 'think', 'consid', 'report', 'note', 'accord', 'emphas', 'emphasiz', 'mention', 'conclud', 'cite', 'analysi', 'articl', 'publish', 'newspap', 'media', 'paper', 'express', 'indic', 'claim', 'argu', 'write', 'ad', 'call', 'told']);
