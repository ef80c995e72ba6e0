/**
 * `anchor`: where a W3C Web Annotation's quote stands in a saved page now. The page is read as
 * `extract` reads it; offsets are UTF-16 offsets into the extracted article text.
 */
import { readFile } from 'node:fs/promises';
import { anchorSelectors } from '../lib/anchor/anchor';
import { readW3cSelectors } from '../lib/anchor/w3c-target';
import { fail, ok, type Result } from '../lib/result';
import { readArticleFile } from './extract-file';

/** What `anchor` prints; an orphan has no place, so its offsets and text are null. */
export type AnchorAnswer =
  | { status: 'anchored'; start: number; end: number; score: number; text: string }
  | { status: 'orphan'; start: null; end: null; score: number; text: null };

export async function anchorFile(args: string[], url: string | undefined, annotationFile: string | undefined): Promise<Result<AnchorAnswer>> {
  const [page] = args;
  if (!annotationFile || !page || args.length > 1 || !url) return fail('invalidMessage', 'anchor takes --annotation <annotation.json>, --url <url> and exactly one .html or .txt page file');
  const content = await readFile(annotationFile, 'utf8').catch((error: Error) => error);
  if (content instanceof Error) return fail('notFound', `Cannot read ${annotationFile}: ${content.message}`);
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return fail('invalidJson', `${annotationFile} is not JSON: ${(error as Error).message}`);
  }
  const selectors = readW3cSelectors(json);
  if (!selectors.ok) return fail(selectors.error.code, `${annotationFile}: ${selectors.error.message}`);
  const article = await readArticleFile(page, url);
  if (!article.ok) return article;
  const { text } = article.value;
  const result = anchorSelectors(text, selectors.value.quote, selectors.value.position);
  // Three decimals: the score is for reading, not for comparing to the last digit.
  const score = Math.round(result.score * 1000) / 1000;
  return ok(result.status === 'anchored' ? { status: 'anchored', start: result.start, end: result.end, score, text: text.slice(result.start, result.end) } : { status: 'orphan', start: null, end: null, score, text: null });
}
