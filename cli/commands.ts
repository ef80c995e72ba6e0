import { readFile } from 'node:fs/promises';
import { fail, ok, type Result } from '../lib/result';
import { importBundle } from '../lib/store/bundle-import';
import { parseBundle } from '../lib/store/bundle-parse';
import { corpusStats } from '../lib/store/corpus-repository';
import type { StoreFile } from './store-file';

/** What every command gets: its positional arguments, options, the opened store, and the clock. */
export interface CommandContext {
  args: string[];
  /** `--url`, for commands that read a page. */
  url?: string;
  /** `--annotation`, for anchor: a W3C Web Annotation JSON file. */
  annotation?: string;
  /** `--corpus`, `--queries`, `--top`, for rank. */
  corpus?: string;
  queries?: string;
  top?: string;
  /** The store, opened only for commands that declare `writes` or `readsStore`. */
  store: StoreFile | undefined;
  now: string;
}

export interface Command {
  usage: string;
  /** Whether the command changes the store (then the CLI saves it). */
  writes: boolean;
  /** `jsonl`: the answer is a list printed one compact JSON object a line. */
  output?: 'json' | 'jsonl';
  /** Whether the command reads the store without changing it. */
  readsStore?: boolean;
  run(context: CommandContext): Promise<Result<unknown>>;
}

export const commands: Record<string, Command> = {
  match: {
    usage: 'match --corpus <bundle.json | folder> --url <url> <page file>   the page\'s passages with their matches',
    writes: false,
    run: async ({ args, url, corpus }) => (await import('./match-files')).matchFiles(args, url, corpus),
  },
  rank: {
    usage: 'rank --corpus C.jsonl --queries Q.jsonl [--top 10]   best corpus passages per query, one JSON line each',
    writes: false,
    output: 'jsonl',
    run: async ({ corpus, queries, top }) => {
      const count = Number(top ?? '10');
      if (!corpus || !queries || !Number.isInteger(count) || count < 1) return fail('invalidMessage', 'rank takes --corpus <file.jsonl> --queries <file.jsonl> [--top N]');
      return (await import('./rank-files')).rankFiles(corpus, queries, count);
    },
  },
  extract: {
    usage: 'extract --url <url> <file.html|file.txt>   the article with its passages, languages and attributions',
    writes: false,
    // Loaded on demand: the DOM emulator and the script tables slow every other command's start.
    run: async ({ args, url }) => (await import('./extract-file')).extractFile(args, url),
  },
  anchor: {
    usage: 'anchor --annotation <annotation.json> --url <url> <file.html|file.txt>   where a W3C annotation\'s quote stands in the page now',
    writes: false,
    run: async ({ args, url, annotation }) => (await import('./anchor-file')).anchorFile(args, url, annotation),
  },
  import: {
    usage: 'import <bundle.json>   validate a corpus bundle, then add all of it to the store',
    writes: true,
    run: async ({ args, store, now }) => {
      const [file] = args;
      if (!file || args.length > 1) return fail('invalidMessage', 'import takes exactly one bundle file');
      const text = await readFile(file, 'utf8').catch((error: Error) => error);
      if (text instanceof Error) return fail('notFound', `Cannot read ${file}: ${text.message}`);
      const bundle = parseBundle(text);
      if (!bundle.ok) return bundle;
      // The dictionary loads only for the commands that index passages.
      const { nodePassageIndexer } = await import('../lib/match/load-gloss');
      return importBundle(store!.db, bundle.value, { now, indexer: nodePassageIndexer() });
    },
  },
  stats: {
    usage: 'stats                  how many articles, sentences and annotations the store holds, by outlet and language',
    writes: false,
    readsStore: true,
    run: async ({ store }) => {
      const db = store!.db;
      const byOutlet: Record<string, number> = {};
      const byLang: Record<string, number> = {};
      await db.articles.each((article) => {
        byOutlet[article.outletId] = (byOutlet[article.outletId] ?? 0) + 1;
        byLang[article.lang] = (byLang[article.lang] ?? 0) + 1;
      });
      return ok({ ...(await corpusStats(db)), byOutlet, byLang });
    },
  },
};
