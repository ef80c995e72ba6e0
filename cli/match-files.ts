/**
 * `match --corpus <bundle.json | folder> --url <url> <page file>`: the page's passages with their
 * matches in the corpus, as JSON. A folder holds corpus bundles (.json) and saved pages (.html,
 * read at their declared canonical URL, or .txt, read at a file: URL).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGlossTable } from '../lib/match/load-gloss';
import { indexArticles, matchPage } from '../lib/match/match-page';
import { fail, ok, type Result } from '../lib/result';
import type { BundleArticle } from '../lib/schema';
import { parseBundle } from '../lib/store/bundle-parse';
import { extractFile, readArticleFile } from './extract-file';

async function corpusArticles(path: string): Promise<Result<BundleArticle[]>> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return fail('notFound', `No corpus at ${path}`);
  const files = info.isDirectory() ? (await readdir(path)).sort().map((name) => join(path, name)) : [path];
  const articles: BundleArticle[] = [];
  for (const file of files) {
    if (file.endsWith('.json')) {
      const bundle = parseBundle(await readFile(file, 'utf8'));
      if (!bundle.ok) return fail(bundle.error.code, `${file}: ${bundle.error.message}`);
      articles.push(...bundle.value.articles);
    } else if (/\.(html?|txt)$/.test(file)) {
      const article = await readArticleFile(file, file.endsWith('.txt') ? pathToFileURL(file).href : undefined);
      if (!article.ok) return fail(article.error.code, `${file}: ${article.error.message}`);
      articles.push(article.value);
    }
  }
  return ok(articles);
}

export async function matchFiles(args: string[], url: string | undefined, corpusPath: string | undefined): Promise<Result<unknown>> {
  if (!corpusPath) return fail('invalidMessage', 'match takes --corpus <bundle.json | folder> --url <url> <page file>');
  const page = await extractFile(args, url);
  if (!page.ok) return page;
  const corpus = await corpusArticles(corpusPath);
  if (!corpus.ok) return corpus;
  const context = { gloss: loadGlossTable() };
  const index = indexArticles(corpus.value, context);
  const article = page.value as BundleArticle;
  return ok({ url: article.url, title: article.title, outletId: article.outletId, lang: article.lang, passages: matchPage(article, corpus.value, index, context) });
}
