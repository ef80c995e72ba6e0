/**
 * The tracked corpus as the matcher serves it. An in-memory index is loaded from the passages'
 * stored features and keys (no dictionary needed) and kept in step with every context's writes
 * through the change log; until it has loaded, candidates come straight from the `*keys`
 * multiEntry index, so the first page after a service-worker start is answered at once.
 */
import type { Article, CorpusMatch, Passage } from '../schema';
import type { ClaimTrailDb } from '../store/db';
import { readIndexStats } from '../store/index-stats';
import { FEATURES_VERSION, type Features, type MatchEntry } from './features';
import { DocumentFrequencies } from './idf';
import { MemoryIndex } from './memory-index';
import { matchReasons, scorePair, type MatchReasons, type PairScore } from './score';
import { storeCandidates } from './store-candidates';

/** Passages read per request while loading. */
const LOAD_PAGE = 2000;
/** Articles whose metadata is kept in memory for showing matches. */
const ARTICLE_CACHE = 5000;

type ArticleMeta = Pick<Article, 'url' | 'outletId' | 'title' | 'publishedAt'>;

interface Scored {
  passageId: string;
  articleId: string;
  features: Features;
  score: PairScore;
}

/** Each query's matches, and where they came from: IndexedDB (cold) or the memory index (warm). */
export interface PageMatches {
  source: 'store' | 'memory';
  matches: CorpusMatch[][];
}

export interface MatchOptions {
  /** The page's own article, if tracked: never its own match. */
  excludeArticleId?: string;
  /** Matches kept per page passage. */
  top?: number;
}



const articleOf = (passageId: string): string => passageId.slice(0, passageId.lastIndexOf(':'));
const featuresOf = (row: Passage): Features => ({ ...row.features, lang: row.lang });

export class CorpusIndex {
  readonly #db: ClaimTrailDb;
  #memory = new MemoryIndex();
  #byArticle = new Map<string, string[]>();
  /** The last change-log entry applied to the memory index. */
  #seq = 0;
  #loading: Promise<void> | undefined;
  #ready = false;
  /** What a match shows of its article, kept so a page does not read whole articles (bodies and all). */
  readonly #articles = new Map<string, ArticleMeta>();

  constructor(db: ClaimTrailDb) {
    this.#db = db;
  }

  /** Whether matches are served from memory (warm) rather than from IndexedDB (cold). */
  get ready(): boolean {
    return this.#ready;
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

  /** Loads the memory index once; resolves when it serves queries. */
  load(): Promise<void> {
    this.#loading ??= this.#loadAll().catch((error: unknown) => {
      this.#loading = undefined;
      throw error;
    });
    return this.#loading;
  }

  async #loadAll(): Promise<void> {
    // Read the log position first: a write made while loading is applied again by `catchUp`,
    // which replaces an article's passages whole, so applying it twice is harmless.
    const seq = (await this.#db.corpusChanges.orderBy('seq').last())?.seq ?? 0;
    const memory = new MemoryIndex();
    const byArticle = new Map<string, string[]>();
    let after: string | undefined;
    for (;;) {
      const rows = after === undefined ? await this.#db.passages.orderBy(':id').limit(LOAD_PAGE).toArray() : await this.#db.passages.where(':id').above(after).limit(LOAD_PAGE).toArray();
      for (const row of rows) addRow(memory, byArticle, row);
      if (rows.length < LOAD_PAGE) break;
      after = rows[rows.length - 1]!.id;
    }
    this.#memory = memory;
    this.#byArticle = byArticle;
    this.#articles.clear();
    this.#seq = seq;
    this.#ready = true;
  }

  /** Applies the writes logged since the last call (any context's); a gap in the log reloads all. */
  async catchUp(): Promise<void> {
    const changes = await this.#db.corpusChanges.where('seq').above(this.#seq).toArray();
    if (changes.length === 0) return;
    if (changes[0]!.seq! > this.#seq + 1 && this.#seq > 0) {
      this.#ready = false;
      this.#loading = undefined;
      return this.load();
    }
    for (const articleId of new Set(changes.map((change) => change.articleId))) {
      this.#articles.delete(articleId);
      for (const id of this.#byArticle.get(articleId) ?? []) this.#memory.remove(id);
      this.#byArticle.delete(articleId);
      const rows = await this.#db.passages.where('articleId').equals(articleId).toArray();
      for (const row of rows) addRow(this.#memory, this.#byArticle, row);
    }
    this.#seq = changes[changes.length - 1]!.seq!;
  }

  /**
   * The labelled matches of each query passage, best first: from memory once loaded, else from
   * IndexedDB (and loading starts in the background).
   */
  async match(queries: readonly MatchEntry[], options: MatchOptions = {}): Promise<PageMatches> {
    let scored: Scored[][];
    let frequencies: DocumentFrequencies;
    const source = this.#ready ? 'memory' : 'store';
    if (source === 'memory') {
      await this.catchUp();
      frequencies = this.#memory.frequencies;
      scored = queries.map((query) => this.#score(query, this.#memory.candidates(query), frequencies));
    } else {
      const stats = await readIndexStats(this.#db, FEATURES_VERSION);
      // Built afresh each cold page: the stored counts may have changed since the last one.
      frequencies = DocumentFrequencies.fromCounts(stats.documents, stats.df);
      const candidates = await storeCandidates(this.#db, queries, stats, options.excludeArticleId);
      scored = queries.map((query, i) => this.#score(query, candidates[i]!.map((row) => ({ id: row.id, features: featuresOf(row) })), frequencies));
    }
    const kept = scored.map((list, i) =>
      list
        .filter((match) => match.articleId !== options.excludeArticleId)
        .sort((a, b) => b.score.score - a.score.score)
        .slice(0, options.top ?? 5)
        .map((match) => ({ ...match, reasons: matchReasons(queries[i]!.features, match.features, frequencies) })),
    );
    const matches = await this.#resolve(kept);
    // Loading starts once a cold page is answered, so the two do not compete for IndexedDB. A
    // failed load is retried by the next call, which is answered from IndexedDB meanwhile.
    if (source === 'store') this.load().catch(() => undefined);
    return { source, matches };
  }

  #score(query: MatchEntry, candidates: readonly { id: string; features: Features }[], frequencies: DocumentFrequencies): Scored[] {
    return candidates
      .map((candidate) => ({ passageId: candidate.id, articleId: articleOf(candidate.id), features: candidate.features, score: scorePair(query.features, candidate.features, frequencies) }))
      .filter((match) => match.score.label !== 'none');
  }


  /** Reads the matched passages and their articles, to show the reader what matched where. */
  async #resolve(lists: readonly (Scored & { reasons: MatchReasons })[][]): Promise<CorpusMatch[][]> {
    const passageIds = [...new Set(lists.flat().map((match) => match.passageId))];
    const missing = [...new Set(lists.flat().map((match) => match.articleId))].filter((id) => !this.#articles.has(id));
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
    const articleById = this.#articles;
    return lists.map((list) =>
      list.flatMap(({ passageId, articleId, score, reasons }) => {
        const passage = passageById.get(passageId);
        const article = articleById.get(articleId);
        // Deleted since it was scored: it is no longer tracked, so it is no match.
        if (!passage || !article || score.label === 'none') return [];
        return [
          {
            passageId,
            articleId,
            url: article.url,
            outletId: article.outletId,
            title: article.title,
            lang: passage.lang,
            ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
            text: passage.text,
            label: score.label,
            score: Math.round(score.score * 1e4) / 1e4,
            reasons,
          },
        ];
      }),
    );
  }
}

function addRow(memory: MemoryIndex, byArticle: Map<string, string[]>, row: Passage): void {
  memory.add({ id: row.id, features: featuresOf(row), keys: row.keys });
  const ids = byArticle.get(row.articleId);
  if (ids) ids.push(row.id);
  else byArticle.set(row.articleId, [row.id]);
}
