/**
 * The tracked corpus as the matcher serves it: an in-memory index (lib/match/memory-index.ts)
 * loaded from its snapshot (lib/match/index-snapshot.ts) when one is whole, current enough and
 * of this feature version, else rebuilt from the passages' stored features, then kept in step
 * with every context's writes through the change log, and written back as a snapshot when asked.
 */
import type { Article, CorpusMatch, Passage } from '../schema';
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

  /** Loads the index once; resolves when it serves queries. */
  load(): Promise<void> {
    this.#loading ??= this.#load().catch((error: unknown) => {
      this.#loading = undefined;
      throw error;
    });
    return this.#loading;
  }

  async #load(): Promise<void> {
    const start = this.#now();
    const restored = await this.#restore();
    if (restored.ok) {
      this.#memory = restored.index;
      this.#seq = restored.seq;
      this.#dirty = false;
      await this.catchUp();
    } else {
      await this.#rebuild();
    }
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

  /** Applies the writes logged since the last call (any context's); a gap in the log rebuilds all. */
  async catchUp(): Promise<void> {
    const changes = await this.#db.corpusChanges.where('seq').above(this.#seq).toArray();
    if (changes.length === 0) return;
    if (changes[0]!.seq! > this.#seq + 1 && this.#seq > 0) return this.#rebuild();
    for (const articleId of new Set(changes.map((change) => change.articleId))) {
      this.#articles.delete(articleId);
      this.#memory.removeGroup(articleId);
      const rows = await this.#db.passages.where('articleId').equals(articleId).toArray();
      for (const row of rows) addRow(this.#memory, row);
    }
    this.#seq = changes[changes.length - 1]!.seq!;
    this.#dirty = true;
  }

  /** Writes the index's snapshot if it changed since the last; a failure (a full disk) leaves the old one. */
  async saveSnapshot(): Promise<void> {
    if (!this.#dirty || !this.#report) return;
    const seq = this.#seq;
    const encoded = encodeSnapshot(this.#memory);
    const head = { format: 1 as const, featuresVersion: FEATURES_VERSION, seq, chunks: encoded.chunks.length, bytes: encoded.bytes, checksum: encoded.checksum, writtenAt: new Date(this.#now()).toISOString() };
    const written = await writeSnapshot(this.#db, head, encoded.chunks);
    if (written.ok && this.#seq === seq) this.#dirty = false;
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
        .map((hit) => ({ ...hit, reasons: matchReasons(query.features, this.#memory.features(hit.slot)) })),
    );
    return { source: this.#report!.source, matches: await this.#resolve(kept) };
  }

  /** Reads the matched passages and their articles, to show the reader what matched where. */
  async #resolve(lists: readonly (IndexHit & { reasons: MatchReasons })[][]): Promise<CorpusMatch[][]> {
    const passageIds = [...new Set(lists.flat().map((match) => match.id))];
    const missing = [...new Set(lists.flat().map((match) => match.group))].filter((id) => !this.#articles.has(id));
    const [passages, articles] = await this.#db.transaction('r', this.#db.passages, this.#db.articles, () =>
      Promise.all([this.#db.passages.bulkGet(passageIds), this.#db.articles.bulkGet(missing)]),
    );
    for (const article of articles) {
      if (!article) continue;
      const { url, outletId, title, publishedAt } = article;
      this.#articles.set(article.id, { url, outletId, title, ...(publishedAt ? { publishedAt } : {}) });
      // Bounded: the oldest entry goes first (a Map iterates in insertion order).
      if (this.#articles.size > ARTICLE_CACHE) this.#articles.delete(this.#articles.keys().next().value!);
    }
    const passageById = new Map(passages.filter((p) => p !== undefined).map((p) => [p.id, p]));
    return lists.map((list) =>
      list.flatMap(({ id, group, score, label, reasons }) => {
        const passage = passageById.get(id);
        const article = this.#articles.get(group);
        // Deleted since it was scored: it is no longer tracked, so it is no match.
        if (!passage || !article || label === 'none') return [];
        return [
          {
            passageId: id,
            articleId: group,
            url: article.url,
            outletId: article.outletId,
            title: article.title,
            lang: passage.lang,
            ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
            text: passage.text,
            label,
            score: Math.round(score * 1e4) / 1e4,
            reasons,
          },
        ];
      }),
    );
  }
}

function addRow(memory: MemoryIndex, row: Passage): void {
  memory.add({ id: row.id, features: featuresOf(row), keys: storedKeys(row.features, row.bands) });
}
