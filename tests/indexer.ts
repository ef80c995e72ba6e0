import { nodePassageIndexer } from '../lib/match/load-gloss';

/** The passage indexer tests store with: the real one, over the generated gloss table. */
export const testIndexer = nodePassageIndexer();
