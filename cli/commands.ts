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
  store: StoreFile;
  now: string;
}

export interface Command {
  usage: string;
  /** Whether the command changes the store (then the CLI saves it). */
  writes: boolean;
  run(context: CommandContext): Promise<Result<unknown>>;
}

export const commands: Record<string, Command> = {
  extract: {
    usage: 'extract --url <url> <file.html|file.txt>   the article with its passages, languages and attributions',
    writes: false,
    // Loaded on demand: the DOM emulator and the script tables slow every other command's start.
    run: async ({ args, url }) => (await import('./extract-file')).extractFile(args, url),
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
      return importBundle(store.db, bundle.value, { now });
    },
  },
  stats: {
    usage: 'stats                  how many articles, sentences and annotations the store holds, by outlet and language',
    writes: false,
    run: async ({ store }) => {
      const byOutlet: Record<string, number> = {};
      const byLang: Record<string, number> = {};
      await store.db.articles.each((article) => {
        byOutlet[article.outletId] = (byOutlet[article.outletId] ?? 0) + 1;
        byLang[article.lang] = (byLang[article.lang] ?? 0) + 1;
      });
      return ok({ ...(await corpusStats(store.db)), byOutlet, byLang });
    },
  },
};
