/**
 * `extract`: reads a saved page (.html, parsed by happy-dom as a browser would) or page text
 * (.txt, treated as the body of a page at the URL) and prints the article with its passages.
 */
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { extractArticle } from '../lib/extract-article';
import { extractText } from '../lib/extract-text';
import { fail, ok, type Result } from '../lib/result';

export async function extractFile(args: string[], url: string | undefined): Promise<Result<unknown>> {
  const [file] = args;
  if (!file || args.length > 1 || !url) return fail('invalidMessage', 'extract takes --url <url> and exactly one .html or .txt file');
  const content = await readFile(file, 'utf8').catch((error: Error) => error);
  if (content instanceof Error) return fail('notFound', `Cannot read ${file}: ${content.message}`);
  const result = file.endsWith('.txt') ? extractText(content, url) : extractHtml(content, url);
  if (!result.ok) return result;
  const { site, status, article } = result.value;
  return ok({ site, status, ...article });
}

function extractHtml(html: string, url: string) {
  // Scripts and stylesheets of a saved page are never run or fetched.
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } } });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return extractArticle(doc, url);
  } finally {
    void window.happyDOM.close();
  }
}
