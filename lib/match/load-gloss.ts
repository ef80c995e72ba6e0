/**
 * Node-only loader of the generated gloss table, for the CLI, tests and benches. The extension
 * fetches the same file from its own package instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PassageIndexer } from '../store/article-records';
import { passageIndexer } from './features';
import { GlossTable } from './gloss-table';

/** Where scripts/build-gloss.ts writes the table. */
export const GLOSS_TABLE_PATH = join(import.meta.dirname, '../../public/data/cedict-gloss.txt');

const loaded = new Map<string, GlossTable>();

/**
 * The gloss table at `path` (default: public/data/cedict-gloss.txt), read and built once per
 * process and path. Throws when the file is missing (it is generated, not committed) or is not a
 * whole table.
 */
export function loadGlossTable(path: string = GLOSS_TABLE_PATH): GlossTable {
  let table = loaded.get(path);
  if (table) return table;
  if (!existsSync(path)) {
    throw new Error(`Gloss table not found at ${path}: run \`npm run build:gloss\` to generate it from CC-CEDICT.`);
  }
  try {
    table = GlossTable.fromText(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Gloss table at ${path} is damaged (${(error as Error).message}): run \`npm run build:gloss\` again.`);
  }
  loaded.set(path, table);
  return table;
}

/** The store's passage indexer over the default gloss table, for Node callers. */
export const nodePassageIndexer = (): PassageIndexer => passageIndexer({ gloss: loadGlossTable() });
