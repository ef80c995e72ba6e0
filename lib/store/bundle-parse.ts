import { fail, ok, type Result } from '../result';
import { CORPUS_BUNDLE_VERSION, corpusBundleSchema, type CorpusBundle } from '../schema';
import { describeZodError } from '../zod-errors';

/**
 * Parses the text of a corpus bundle file. Every problem is reported with its field path
 * (`articles[3].passages[2].end: …`); nothing is written by parsing, so a caller that only writes
 * after `ok` can never import half a file.
 */
export function parseBundle(text: string): Result<CorpusBundle> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('invalidJson', `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const version = versionOf(raw);
  if (version !== undefined && version !== CORPUS_BUNDLE_VERSION) {
    return fail('unsupportedVersion', `This is a version ${String(version)} corpus bundle; this ClaimTrail reads version ${CORPUS_BUNDLE_VERSION}.`);
  }
  const parsed = corpusBundleSchema.safeParse(raw);
  if (!parsed.success) return fail('invalidBundle', `The corpus bundle is invalid:\n${describeZodError(parsed.error)}`);
  const duplicate = firstDuplicateUrl(parsed.data);
  if (duplicate) return fail('invalidBundle', `The corpus bundle is invalid:\n${duplicate}`);
  return ok(parsed.data);
}

function versionOf(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  return record['format'] === 'claimtrail-corpus' ? record['version'] : undefined;
}

/** Two articles with one canonical URL would silently overwrite each other: refuse instead. */
function firstDuplicateUrl(bundle: CorpusBundle): string | undefined {
  const seen = new Map<string, number>();
  for (const [index, article] of bundle.articles.entries()) {
    const first = seen.get(article.canonicalUrl);
    if (first !== undefined) return `articles[${index}].canonicalUrl: same canonical URL as articles[${first}]`;
    seen.set(article.canonicalUrl, index);
  }
  return undefined;
}
