/**
 * The one schema module: every stored, messaged, imported or synced shape, with its inferred type.
 * Parse with these at every boundary (messages, Dexie writes, imports, sync pulls, settings).
 */
import { z } from 'zod';
import { MAX_ARTICLE_CHARS } from './limits';
import { annotationSchema } from './schema/annotations';
import { httpUrlSchema, isoDateTimeSchema, passageIdSchema, spanIsOrdered, spanMessage } from './schema/primitives';

export * from './schema/annotations';
export * from './schema/couch';
export * from './schema/editor-frame';
export * from './schema/index-snapshot';
export * from './schema/storage-sync';
export * from './schema/w3c';

/** Languages ClaimTrail tells apart; Chinese scripts are separate because readers see them so. */
export const langSchema = z.enum(['en', 'zh-Hans', 'zh-Hant']);
export type Lang = z.infer<typeof langSchema>;

/** Outlet ids are short, stable slugs such as `ft`, `globaltimes`, `wsj`. */
export const outletIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, 'an outlet id such as "ft"');
export type OutletId = z.infer<typeof outletIdSchema>;

export const outletSchema = z.object({
  id: outletIdSchema,
  names: z.object({ en: z.string().min(1), 'zh-Hans': z.string().min(1), 'zh-Hant': z.string().min(1) }),
  domains: z.array(z.string().min(1)),
  /** Other names the outlet is cited by in text, e.g. `FT`, `金融时报`, `英国《金融时报》`. */
  aliases: z.array(z.string().min(1)),
  /** The outlet whose journalism this one republishes (FT Chinese runs the FT's columns). */
  partOf: z.string().min(1).optional(),
});
export type Outlet = z.infer<typeof outletSchema>;


/** Article ids are `a_` + 16 hex digits of a hash of the canonical URL (see lib/ids.ts). */
export const articleIdSchema = z.string().regex(/^a_[0-9a-f]{16}$/, 'an article id such as "a_0123456789abcdef"');

export { MAX_ARTICLE_CHARS };

export const articleSchema = z.object({
  id: articleIdSchema,
  url: httpUrlSchema,
  canonicalUrl: httpUrlSchema,
  outletId: outletIdSchema,
  title: z.string().trim().min(1).max(1000),
  byline: z.string().max(500).optional(),
  publishedAt: isoDateTimeSchema.optional(),
  lang: langSchema,
  /** Lines that say where the text came from ("Source: Global Times", "Original: …"). */
  sourceLines: z.array(z.string().max(2000)).max(50),
  origin: z.enum(['tracked', 'import', 'sync']),
  addedAt: isoDateTimeSchema,
  /** The article text, stored once and never indexed; passages point into it. */
  text: z.string().max(MAX_ARTICLE_CHARS),
});
export type Article = z.infer<typeof articleSchema>;

/** A sentence's claim is attributed to an outlet ("the Financial Times said …"). */
export const attributionSchema = z.object({
  outletId: outletIdSchema,
  verb: z.string().min(1).max(40),
  confidence: z.number().min(0).max(1),
});
export type Attribution = z.infer<typeof attributionSchema>;

const passageFields = {
  ordinal: z.number().int().min(0),
  /** The sentence as shown to the reader. */
  text: z.string().min(1).max(5000),
  /** UTF-16 offsets into the article text, end exclusive. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  lang: langSchema,
  isClaim: z.boolean(),
  attribution: attributionSchema.optional(),
};

/**
 * What the matcher reads of a passage (lib/match/features.ts), stored with it so the index loads
 * without the dictionary: content slots (each the stems any of which covers it), numbers and
 * entity ids in language-neutral form, and Chinese character bigrams.
 */
export const passageFeaturesSchema = z.object({
  slots: z.array(z.array(z.string().max(100)).max(64)).max(5000),
  numbers: z.array(z.string().max(100)).max(1000),
  entities: z.array(z.string().max(100)).max(1000),
  bigrams: z.array(z.string().max(2)).max(5000),
});
export type PassageFeatures = z.infer<typeof passageFeaturesSchema>;

export const passageSchema = z
  .object({
    id: passageIdSchema,
    articleId: articleIdSchema,
    ...passageFields,
    features: passageFeaturesSchema,
    /**
     * The passage's MinHash band keys (lib/match/minhash.ts): the one kind of index key that
     * needs the text to compute; every other key follows from `features`.
     */
    bands: z.array(z.string().max(40)).max(16),
  })
  .refine(spanIsOrdered, spanMessage);
export type Passage = z.infer<typeof passageSchema>;

/** Why a page passage matched a corpus passage, for the reader to judge. */
export const matchReasonsSchema = z.object({
  terms: z.array(z.string()),
  numbers: z.array(z.string()),
  entities: z.array(z.string()),
});

/** A tracked passage that states a page passage's claim (`same`) or backs it (`supports`). */
export const corpusMatchSchema = z.object({
  passageId: passageSchema.shape.id,
  articleId: articleIdSchema,
  url: httpUrlSchema,
  outletId: outletIdSchema,
  title: z.string().max(1000),
  lang: langSchema,
  publishedAt: isoDateTimeSchema.optional(),
  /** The tracked sentence, in its own language. */
  text: z.string().max(5000),
  label: z.enum(['same', 'supports']),
  /** 0..1, calibrated so that `same` starts at the engine's default threshold. */
  score: z.number().min(0).max(1),
  reasons: matchReasonsSchema,
  /** Other tracked passages saying the very same thing (wire copies); this one is the earliest. */
  copies: z.number().int().min(1).optional(),
});
export type CorpusMatch = z.infer<typeof corpusMatchSchema>;

/** A passage inside a bundle: ids are derived on import from the article's canonical URL. */
export const bundlePassageSchema = z.object(passageFields).refine(spanIsOrdered, spanMessage);
export type BundlePassage = z.infer<typeof bundlePassageSchema>;

export const bundleArticleSchema = articleSchema
  .omit({ id: true, origin: true, addedAt: true })
  .extend({ addedAt: isoDateTimeSchema.optional(), passages: z.array(bundlePassageSchema).max(5000) })
  .superRefine((article, ctx) => {
    const seen = new Set<number>();
    article.passages.forEach((passage, index) => {
      if (passage.end > article.text.length) {
        ctx.addIssue({ code: 'custom', path: ['passages', index, 'end'], message: `past the end of the article text (${article.text.length} characters)` });
      }
      if (seen.has(passage.ordinal)) {
        ctx.addIssue({ code: 'custom', path: ['passages', index, 'ordinal'], message: `ordinal ${passage.ordinal} is used twice` });
      }
      seen.add(passage.ordinal);
    });
  });
export type BundleArticle = z.infer<typeof bundleArticleSchema>;

/** Current version of the corpus bundle file format. */
export const CORPUS_BUNDLE_VERSION = 1;

export const corpusBundleSchema = z.object({
  format: z.literal('claimtrail-corpus'),
  version: z.literal(CORPUS_BUNDLE_VERSION),
  exportedAt: isoDateTimeSchema,
  articles: z.array(bundleArticleSchema),
  annotations: z.array(annotationSchema).optional(),
});
export type CorpusBundle = z.infer<typeof corpusBundleSchema>;

export const settingsSchema = z.object({
  /** Track every recognised article automatically, without pressing "Track". */
  autoTrack: z.boolean().default(false),
  /**
   * Mirror the reader's annotations in the browser's sync storage (their other browsers, no server
   * of their own). Off until the reader turns it on: it sends quotes of pages to the browser
   * vendor's sync service.
   */
  browserSync: z.boolean().default(false),
  highlight: z
    .object({ same: z.boolean().default(true), supports: z.boolean().default(true) })
    .default({ same: true, supports: true }),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What the content script learns about its page; text only, never HTML. */
const notArticleReportSchema = z.object({ kind: z.literal('notArticle'), url: httpUrlSchema, outletId: outletIdSchema });
const articleReportSchema = z.object({
  kind: z.literal('article'),
  url: httpUrlSchema,
  outletId: outletIdSchema,
  title: z.string().max(1000),
});
export const pageReportSchema = z.discriminatedUnion('kind', [notArticleReportSchema, articleReportSchema]);
export type PageReport = z.infer<typeof pageReportSchema>;

/**
 * An article page as the content script read it, before it is cut into passages (which needs the
 * script tables, kept out of the page): the article text, its blocks as spans of it, metadata.
 */
export const pageTextSchema = z
  .object({
    url: httpUrlSchema,
    canonicalUrl: httpUrlSchema,
    outletId: outletIdSchema,
    title: z.string().max(1000),
    byline: z.string().max(500).optional(),
    publishedAt: isoDateTimeSchema.optional(),
    /** The language the page declares for its article, if it does; else detected from the text. */
    langHint: langSchema.optional(),
    sourceLines: z.array(z.string().max(2000)).max(50),
    text: z.string().max(MAX_ARTICLE_CHARS),
    blocks: z
      .array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0), lang: langSchema.optional() }).refine(spanIsOrdered, spanMessage))
      .max(20_000),
  })
  .superRefine((page, ctx) => {
    page.blocks.forEach((block, index) => {
      if (block.end > page.text.length) ctx.addIssue({ code: 'custom', path: ['blocks', index, 'end'], message: `past the end of the text (${page.text.length} characters)` });
    });
  });
export type PageText = z.infer<typeof pageTextSchema>;

/** A passage of the page being read, with what the tracked corpus holds of its claim. */
export const passageMatchesSchema = z.object({
  ordinal: z.number().int().min(0),
  text: z.string().max(5000),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  lang: langSchema,
  isClaim: z.boolean(),
  attribution: attributionSchema.optional(),
  /** Best first; at most a handful. */
  matches: z.array(corpusMatchSchema).max(20),
  /** For a sentence that attributes its claim to an outlet: is the claim in that outlet's tracked articles? */
  attributionCheck: z
    .discriminatedUnion('verdict', [
      z.object({ verdict: z.literal('found'), outletId: outletIdSchema, match: corpusMatchSchema }),
      /** Only partly: the closest sentence, and the page sentence's terms it lacks. */
      z.object({ verdict: z.literal('partly'), outletId: outletIdSchema, match: corpusMatchSchema, missing: z.array(z.string()).max(20) }),
      z.object({ verdict: z.literal('notFound'), outletId: outletIdSchema, articles: z.number().int().min(1) }),
      z.object({ verdict: z.literal('noArticles'), outletId: outletIdSchema }),
    ])
    .optional(),
});
export type PassageMatches = z.infer<typeof passageMatchesSchema>;

/** The answer to `matchPassages`: the page's passages with their matches. */
export const pageMatchesSchema = z.object({
  canonicalUrl: httpUrlSchema,
  lang: langSchema,
  passages: z.array(passageMatchesSchema).max(5000),
  /** How the background's index was loaded: from its snapshot, or rebuilt from the stored passages. */
  source: z.enum(['snapshot', 'rebuilt']),
  /** Time the background spent, passages to matches, in milliseconds. */
  tookMs: z.number().min(0),
  /** Of that, how long the page waited for the dictionary and for the index to load (both at once). */
  waitedMs: z.object({ dictionary: z.number().min(0), index: z.number().min(0) }).optional(),
  /**
   * How long the background had been running when the answer was ready, in milliseconds: from
   * the service worker's start in Chrome, which a page's first message may have caused.
   */
  backgroundAgeMs: z.number().min(0).optional(),
  /** Whether the page's own article is in the tracked corpus. */
  tracked: z.boolean(),
  /** Display names of the matches' outlets, so the page's script carries no outlet registry. */
  outletNames: z.record(z.string(), z.object({ en: z.string().max(200), zh: z.string().max(200) })),
});
export type PageMatchesAnswer = z.infer<typeof pageMatchesSchema>;

/** How the tab's article fared against the tracked corpus, once the background has matched it. */
export const matchSummarySchema = z.object({
  passages: z.number().int().min(0),
  /** Passages whose claim the corpus holds (`same`), and those it only backs (`supports`). */
  same: z.number().int().min(0),
  supports: z.number().int().min(0),
  source: pageMatchesSchema.shape.source,
  tookMs: z.number().min(0),
  waitedMs: pageMatchesSchema.shape.waitedMs,
  backgroundAgeMs: pageMatchesSchema.shape.backgroundAgeMs,
  tracked: z.boolean(),
  /** Once painted: ranges highlighted, and milliseconds from the script's start to the paint. */
  highlights: z.number().int().min(0).optional(),
  paintedMs: z.number().min(0).optional(),
});
export type MatchSummary = z.infer<typeof matchSummarySchema>;

/** The content script painted a page's matched passages. */
export const paintReportSchema = z.object({ url: httpUrlSchema, highlights: z.number().int().min(0).max(5000), paintedMs: z.number().min(0).max(3_600_000) });
export type PaintReport = z.infer<typeof paintReportSchema>;

/** The answer to tracking a tab's article. */
export const trackResultSchema = z.object({ articleId: articleIdSchema, passages: z.number().int().min(0), replaced: z.boolean() });
export type TrackResult = z.infer<typeof trackResultSchema>;

/** The side panel's view of a tab's article: the page as read, and its matches now. */
export const tabMatchesSchema = z
  .object({
    page: z.object({ url: httpUrlSchema, outletId: outletIdSchema, title: z.string().max(1000), publishedAt: isoDateTimeSchema.optional() }),
    answer: pageMatchesSchema,
  })
  .nullable();
export type TabMatches = z.infer<typeof tabMatchesSchema>;

/** What the extension knows about a browser tab. */
export const tabStateSchema = z.discriminatedUnion('kind', [
  /** Not one of the supported sites: the content script never runs there. */
  z.object({ kind: z.literal('unsupported') }),
  /** A supported site whose content script has not answered yet. */
  z.object({ kind: z.literal('pending'), url: httpUrlSchema }),
  notArticleReportSchema,
  articleReportSchema.extend({ matches: matchSummarySchema.optional() }),
]);
export type TabState = z.infer<typeof tabStateSchema>;

/**
 * Which feature code wrote the stored passages' features (`FEATURES_VERSION`): passages of
 * another version are re-indexed before the index serves a match. One row.
 */
export const indexStatsSchema = z.object({
  id: z.literal('keys'),
  version: z.number().int().min(0),
});
export type IndexStats = z.infer<typeof indexStatsSchema>;

/** One article written or deleted, logged so every context's in-memory index can catch up. */
export const corpusChangeSchema = z.object({ seq: z.number().int().min(1).optional(), articleId: articleIdSchema });
export type CorpusChange = z.infer<typeof corpusChangeSchema>;

export const corpusStatsSchema = z.object({
  articles: z.number().int().min(0),
  passages: z.number().int().min(0),
  annotations: z.number().int().min(0),
});
export type CorpusStats = z.infer<typeof corpusStatsSchema>;

/** What an import wrote, for the reader's report. */
export const importReportSchema = z.object({
  articlesAdded: z.number().int().min(0),
  articlesReplaced: z.number().int().min(0),
  passages: z.number().int().min(0),
  annotations: z.number().int().min(0),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** One line of a `cli rank` corpus or query file: a passage, its language detected when absent. */
export const rankLineSchema = z.object({
  id: z.string().min(1).max(200),
  lang: langSchema.optional(),
  text: z.string().min(1).max(5000),
});
export type RankLine = z.infer<typeof rankLineSchema>;
