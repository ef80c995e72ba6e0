/**
 * The tracked corpus as the matcher serves it: an in-memory index (lib/match/memory-index.ts)
 * loaded from its snapshot (lib/match/index-snapshot.ts) when one is whole, current enough and
 * of this feature version, else rebuilt from the passages' stored features, then kept in step
 * with every context's writes through the change log, and written back as a snapshot when asked.
 */
import { ok, type Result } from '../result';
import type { Article, CorpusMatch, Passage } from '../schema';
import type { WrittenCorpus } from '../store/bundle-import';
import type { ClaimTrailDb } from '../store/db';
import { readSnapshot, writeSnapshot } from '../store/snapshot-store';
import { FEATURES_VERSION, storedKeys, type Features, type MatchEntry } from './features';
import { decodeSnapshot, encodeSnapshot } from './index-snapshot';
import { MemoryIndex, type IndexHit } from './memory-index';
import { matchReasons, type MatchReasons } from './score';

/** Passages read per request while rebuilding. */
const LOAD_PAGE = 2000;
/** Articles whose metadata is kept in memory for showing matches. */
const ARTICLE_CACHE = 5000;
/** Copies of a matched passage looked at for the earliest one. */
const COPIES_READ = 50;

type ArticleMeta = Pick<Article, 'url' | 'outletId' | 'title' | 'publishedAt'>;

/** Each query's matches, and where the index came from: its snapshot or the stored passages. */
export interface PageMatches {
  source: 'snapshot' | 'rebuilt';
  matches: CorpusMatch[][];
}

export interface MatchOptions {
  /** The page's own article, if tracked: never its own match. */
  excludeArticleId?: string;
  /** Matches kept per page passage. */
  top?: number;
}

/** How the index was last loaded, and what it cost. */
export interface LoadReport {
  source: 'snapshot' | 'rebuilt';
  /** Why the snapshot was not used, when it was not. */
  snapshotProblem?: string;
  passages: number;
  ms: number;
}

const featuresOf = (row: Passage): Features => ({ ...row.features, lang: row.lang });

export class CorpusIndex {
  readonly #db: ClaimTrailDb;
  readonly #now: () => number;
  #memory = new MemoryIndex();
  /** The last change-log entry applied to the memory index. */
  #seq = 0;
  #loading: Promise<void> | undefined;
  #report: LoadReport | undefined;
  /** Whether the memory index holds changes its stored snapshot lacks. */
  #dirty = false;
  /** What a match shows of its article, kept so a page does not read whole articles (bodies and all). */
  readonly #articles = new Map<string, ArticleMeta>();

  constructor(db: ClaimTrailDb, now: () => number = Date.now) {
    this.#db = db;
    this.#now = now;
  }

  /** How the index was loaded, once it is. */
  get loadReport(): LoadReport | undefined {
    return this.#report;
  }

  /** Whether a snapshot write would store anything new. */
  get dirty(): boolean {
    return this.#dirty;
  }

  /** How many tracked articles the outlets have. */
  async articleCount(outletIds: readonly string[]): Promise<number> {
    let count = 0;
    for (const outletId of outletIds) count += await this.#db.articles.where('outletId').equals(outletId).count();
    return count;
  }

  /** Whether the article is in the tracked corpus. */
  async tracks(articleId: string): Promise<boolean> {
    return (await this.#db.articles.where('id').equals(articleId).count()) > 0;
  }

  /**
   * Loads the index once; resolves when it serves queries. `known`, what an import in this
   * context just wrote, is taken from memory instead of being read back from the store.
   */
  load(known?: WrittenCorpus): Promise<void> {
    this.#loading ??= this.#load(known).catch((error: unknown) => {
      this.#loading = undefined;
      throw error;
    });
    return this.#loading;
  }

  async #load(known: WrittenCorpus | undefined): Promise<void> {
    const start = this.#now();
    const restored = await this.#restore();
    if (restored.ok) {
      this.#memory = restored.index;
      this.#seq = restored.seq;
      this.#dirty = false;
    } else if (!known || known.seq > known.records.length) {
      await this.#rebuild();
    }
    // Else the import is all the log ever held: the index starts empty and takes it from memory.
    await this.catchUp(known);
    this.#articles.clear();
    this.#report = { source: restored.ok ? 'snapshot' : 'rebuilt', ...(restored.ok ? {} : { snapshotProblem: restored.problem }), passages: this.#memory.size, ms: this.#now() - start };
  }

  /** The stored snapshot as an index, if it can be trusted and the change log still reaches it. */
  async #restore(): Promise<{ ok: true; index: MemoryIndex; seq: number } | { ok: false; problem: string }> {
    const stored = await readSnapshot(this.#db);
    if (!stored) return { ok: false, problem: 'no snapshot' };
    const { head } = stored;
    if (head.featuresVersion !== FEATURES_VERSION) return { ok: false, problem: `the snapshot is of feature version ${head.featuresVersion}` };
    const last = (await this.#db.corpusChanges.orderBy('seq').last())?.seq ?? 0;
    const next = await this.#db.corpusChanges.where('seq').above(head.seq).first();
    if (head.seq > last) return { ok: false, problem: 'the snapshot is ahead of the change log' };
    if (next && next.seq! > head.seq + 1) return { ok: false, problem: 'changes since the snapshot are no longer logged' };
    const decoded = decodeSnapshot(stored.chunks, head);
    return decoded.ok ? { ok: true, index: decoded.value, seq: head.seq } : { ok: false, problem: decoded.error.message };
  }

  /** Builds the index from every stored passage, in pages. */
  async #rebuild(): Promise<void> {
    // Read the log position first: a write made while loading is applied again by `catchUp`,
    // which replaces an article's passages whole, so applying it twice is harmless.
    const seq = (await this.#db.corpusChanges.orderBy('seq').last())?.seq ?? 0;
    const memory = new MemoryIndex();
    let after: string | undefined;
    for (;;) {
      const rows = after === undefined ? await this.#db.passages.orderBy(':id').limit(LOAD_PAGE).toArray() : await this.#db.passages.where(':id').above(after).limit(LOAD_PAGE).toArray();
      for (const row of rows) addRow(memory, row);
      if (rows.length < LOAD_PAGE) break;
      after = rows[rows.length - 1]!.id;
    }
    this.#memory = memory;
    this.#seq = seq;
    this.#dirty = true;
  }

  /**
   * Applies the writes logged since the last call (any context's); a gap in the log rebuilds all.
   * Articles of `known` (an import's records) whose last logged change is the import's are taken
   * from it; a gap the import alone fills (its own entries pruned) is no gap.
   */
  async catchUp(known?: WrittenCorpus): Promise<void> {
    const changes = await this.#db.corpusChanges.where('seq').above(this.#seq).toArray();
    const usable = known && known.seq > this.#seq ? known : undefined;
    if (changes.length > 0 && changes[0]!.seq! > this.#seq + 1 && !(usable && this.#seq >= usable.seq - usable.records.length)) return this.#rebuild();
    const lastChange = new Map(changes.map((change) => [change.articleId, change.seq!]));
    const imported = new Map(usable?.records.map((records) => [records.article.id, records.passages]));
    const ids = new Set([...imported.keys(), ...lastChange.keys()]);
    if (ids.size === 0) return;
    for (const articleId of ids) {
      this.#articles.delete(articleId);
      this.#memory.removeGroup(articleId);
      const fromImport = imported.get(articleId);
      const rows = fromImport && (lastChange.get(articleId) ?? 0) <= usable!.seq ? fromImport : await this.#db.passages.where('articleId').equals(articleId).toArray();
      for (const row of rows) addRow(this.#memory, row);
    }
    this.#seq = Math.max(changes.at(-1)?.seq ?? 0, usable?.seq ?? 0);
    this.#dirty = true;
  }

  /**
   * Writes the index's snapshot if it changed since the last, unless a newer one (another
   * context's) is stored. A failure (a full disk) leaves the stored one as it was.
   */
  async saveSnapshot(): Promise<Result<{ written: boolean }>> {
    if (!this.#dirty || !this.#report) return ok({ written: false });
    const seq = this.#seq;
    const encoded = encodeSnapshot(this.#memory);
    const head = { format: 1 as const, featuresVersion: FEATURES_VERSION, seq, chunks: encoded.chunks.length, bytes: encoded.bytes, checksum: encoded.checksum, writtenAt: new Date(this.#now()).toISOString() };
    const written = await writeSnapshot(this.#db, head, encoded.chunks);
    if (written.ok && this.#seq === seq) this.#dirty = false;
    return written;
  }

  /** The labelled matches of each query passage, best first. */
  async match(queries: readonly MatchEntry[], options: MatchOptions = {}): Promise<PageMatches> {
    await this.load();
    await this.catchUp();
    const exclude = options.excludeArticleId;
    const kept = queries.map((query) =>
      this.#memory
        .search(query, exclude === undefined ? undefined : (_id, group) => group === exclude)
        .filter((hit) => hit.label !== 'none')
        .slice(0, options.top ?? 5)
        .map((hit) => ({ ...hit, copyIds: this.#memory.copiesOf(hit.slot).slice(0, COPIES_READ), reasons: matchReasons(query.features, this.#memory.features(hit.slot)) })),
    );
    return { source: this.#report!.source, matches: await this.#resolve(kept) };
  }

  /**
   * Reads the matched passages and their articles, to show the reader what matched where; a
   * passage with copies is shown as its earliest copy, with their count.
   */
  async #resolve(lists: readonly (IndexHit & { copyIds: string[]; reasons: MatchReasons })[][]): Promise<CorpusMatch[][]> {
    const articleOf = (id: string) => id.slice(0, id.lastIndexOf(':'));
    const missing = [...new Set(lists.flat().flatMap((hit) => [hit.id, ...hit.copyIds].map(articleOf)))].filter((id) => !this.#articles.has(id));
    await this.#readArticles(missing);
    const shown = lists.map((list) => list.map((hit) => ({ hit, id: this.#earliest([hit.id, ...hit.copyIds]) })));
    const passages = await this.#db.passages.bulkGet([...new Set(shown.flat().map(({ id }) => id))]);
    const passageById = new Map(passages.filter((p) => p !== undefined).map((p) => [p.id, p]));
    return shown.map((list) =>
      list.flatMap(({ hit, id }) => {
        const passage = passageById.get(id);
        const article = this.#articles.get(articleOf(id));
        // Deleted since it was scored: it is no longer tracked, so it is no match.
        if (!passage || !article || hit.label === 'none') return [];
        return [
          {
            passageId: id,
            articleId: passage.articleId,
            url: article.url,
            outletId: article.outletId,
            title: article.title,
            lang: passage.lang,
            ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
            text: passage.text,
            label: hit.label,
            score: Math.round(hit.score * 1e4) / 1e4,
            reasons: hit.reasons,
            ...(hit.copies > 0 ? { copies: hit.copies } : {}),
          },
        ];
      }),
    );
  }

  /** Of passages with the same features, the one whose article was published first (the first added when no date says). */
  #earliest(ids: readonly string[]): string {
    const date = (id: string) => this.#articles.get(id.slice(0, id.lastIndexOf(':')))?.publishedAt ?? '\uffff';
    return ids.reduce((best, id) => (date(id) < date(best) ? id : best));
  }

  async #readArticles(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const article of await this.#db.articles.bulkGet(ids)) {
      if (!article) continue;
      const { url, outletId, title, publishedAt } = article;
      this.#articles.set(article.id, { url, outletId, title, ...(publishedAt ? { publishedAt } : {}) });
      // Bounded: the oldest entry goes first (a Map iterates in insertion order).
      if (this.#articles.size > ARTICLE_CACHE) this.#articles.delete(this.#articles.keys().next().value!);
    }
  }
}

function addRow(memory: MemoryIndex, row: Passage): void {
  memory.add({ id: row.id, features: featuresOf(row), keys: storedKeys(row.features, row.bands) });
}

/**
 * Brings the stored index snapshot up to date with an import this context just committed, from
 * the import's records in memory: the background then loads the snapshot instead of reading
 * every imported passage back from the store.
 */
export async function snapshotAfterImport(db: ClaimTrailDb, written: WrittenCorpus): Promise<Result<{ written: boolean }>> {
  const index = new CorpusIndex(db);
  await index.load(written);
  return index.saveSnapshot();
}
