/**
 * Size limits shared by the schemas and the code that must stay within them. Kept apart from
 * schema.ts so the content script can honour them without shipping the validator.
 */

/** Longest article body stored; longer pages are cut by the extractor, never stored half. */
export const MAX_ARTICLE_CHARS = 500_000;
