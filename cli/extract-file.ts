/**
 * `extract`: reads a saved page (.html, parsed by happy-dom as a browser would) or page text
 * (.txt, treated as the body of a page at the URL) and prints the article with its passages.
 */
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { extractArticle, type ExtractedArticle } from '../lib/extract-article';
import { extractText } from '../lib/extract-text';
import { fail, ok, type Result } from '../lib/result';
import type { BundleArticle } from '../lib/schema';

export async function extractFile(args: string[], url: string | undefined): Promise<Result<unknown>> {
  const [file] = args;
  if (!file || args.length > 1 || !url) return fail('invalidMessage', 'extract takes --url <url> and exactly one .html or .txt file');
  const result = await readExtracted(file, url);
  if (!result.ok) return result;
  const { site, status, article } = result.value;
  return ok({ site, status, ...article });
}

/** The article of a saved page; an .html page without `url` is read at the URL it declares. */
export async function readArticleFile(file: string, url: string | undefined): Promise<Result<BundleArticle>> {
  const result = await readExtracted(file, url);
  return result.ok ? ok(result.value.article) : result;
}

async function readExtracted(file: string, url: string | undefined): Promise<Result<ExtractedArticle>> {
  const content = await readFile(file, 'utf8').catch((error: Error) => error);
  if (content instanceof Error) return fail('notFound', `Cannot read ${file}: ${content.message}`);
  if (file.endsWith('.txt')) return url ? extractText(content, url) : fail('invalidMessage', `${file}: page text needs a URL`);
  // Scripts and stylesheets of a saved page are never run or fetched.
  const window = new Window({ url: url ?? 'https://saved-page.invalid/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } } });
  try {
    const doc = new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
    const pageUrl = url ?? declaredUrl(doc);
    return pageUrl ? extractArticle(doc, pageUrl) : fail('invalidMessage', `${file}: no URL given and none declared (link rel=canonical or og:url)`);
  } finally {
    void window.happyDOM.close();
  }
}

function declaredUrl(doc: Document): string | undefined {
  const declared = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return declared && /^https?:\/\//.test(declared) ? declared : undefined;
}
