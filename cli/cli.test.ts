import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleOf } from '../tests/bundles';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules/.bin/tsx');

function cli(...args: string[]) {
  const run = spawnSync(tsx, [join(root, 'cli/index.ts'), ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-'));
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  return { store: join(dir, 'store', 'corpus.json'), write };
}

describe('cli import and stats', { timeout: 30_000 }, () => {
  it('imports a bundle into a store file that later commands read', () => {
    const { store, write } = workspace();
    const bundle = write('bundle.json', bundleOf(3));
    const imported = cli('import', bundle, '--store', store);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ articlesAdded: 3, articlesReplaced: 0, passages: 6, annotations: 0 });
    const again = cli('import', bundle, '--store', store);
    expect(JSON.parse(again.stdout)).toMatchObject({ articlesAdded: 0, articlesReplaced: 3 });
    const stats = cli('stats', '--store', store);
    expect(JSON.parse(stats.stdout)).toEqual({ articles: 3, passages: 6, annotations: 0, byOutlet: { globaltimes: 3 }, byLang: { en: 3 } });
  });

  it('rejects a bad bundle with its field paths and leaves the store as it was', () => {
    const { store, write } = workspace();
    cli('import', write('good.json', bundleOf(2)), '--store', store);
    const before = readFileSync(store, 'utf8');
    const bad = bundleOf(2) as unknown as { articles: Record<string, unknown>[] };
    bad.articles[1]!['canonicalUrl'] = 'javascript:alert(1)';
    const run = cli('import', write('bad.json', bad), '--store', store);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('articles[1].canonicalUrl: ');
    expect(run.stdout).toBe('');
    expect(readFileSync(store, 'utf8')).toBe(before);
  });

  it('refuses to run on a corrupt store instead of overwriting it', () => {
    const { write } = workspace();
    const corrupt = write('corrupt.json', '{"format": "claimtrail-corpus", "version": 1, "articles": [');
    const run = cli('import', write('good.json', bundleOf(1)), '--store', corrupt);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The store ${corrupt} is unreadable`);
    expect(readFileSync(corrupt, 'utf8')).toBe('{"format": "claimtrail-corpus", "version": 1, "articles": [');
  });

  it('explains usage on an unknown command or a missing file', () => {
    expect(cli('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
    const { store } = workspace();
    expect(cli('import', '/nonexistent/bundle.json', '--store', store)).toMatchObject({ code: 1, stderr: expect.stringContaining('Cannot read /nonexistent/bundle.json') });
  });
});

describe('cli extract', { timeout: 30_000 }, () => {
  it('reads a saved page: the article, its passages, languages and attributions as JSON', async () => {
    const { renderPage } = await import('../fixtures/render-page');
    const { loadSampleArticles } = await import('../demo/articles');
    const page = loadSampleArticles().find((p) => p.site === 'globaltimes')!;
    const { write } = workspace();
    const run = cli('extract', '--url', page.url, write('page.html', renderPage(page)));
    expect(run.stderr).toBe('');
    const article = JSON.parse(run.stdout);
    expect(article).toMatchObject({ site: 'globaltimes', status: 'ok', outletId: 'globaltimes', lang: 'en', title: page.title });
    expect(article.passages.length).toBeGreaterThan(5);
    expect(article.passages.some((p: { attribution?: { outletId: string } }) => p.attribution?.outletId === 'ft')).toBe(true);
  });

  it('reads page text as the body of a page at the URL', () => {
    const { write } = workspace();
    const text = 'The Financial Times said that prices fell by a third.\nSource: Global Times\n';
    const run = cli('extract', '--url', 'https://www.globaltimes.cn/page/202601/1346190.shtml', write('page.txt', text));
    const article = JSON.parse(run.stdout);
    expect(article.sourceLines).toEqual(['Source: Global Times']);
    expect(article.passages).toEqual([expect.objectContaining({ text: 'The Financial Times said that prices fell by a third.', lang: 'en', attribution: expect.objectContaining({ outletId: 'ft' }) })]);
  });

  it('needs --url', () => {
    const { write } = workspace();
    expect(cli('extract', write('page.txt', 'x'))).toMatchObject({ code: 1, stderr: expect.stringContaining('--url') });
  });
});

describe('cli rank', { timeout: 60_000 }, () => {
  it('ranks corpus passages per query across languages, one JSON line per query', () => {
    const { write } = workspace();
    const lines = (items: object[]) => items.map((item) => JSON.stringify(item)).join('\n');
    const corpus = write('c.jsonl', lines([
      { id: 'ft-1', lang: 'en', text: 'Chinese battery makers supplied 62 per cent of the grid storage installed in Europe last year.' },
      { id: 'ft-2', text: 'Prices of storage systems fell by a third over two years.' },
      { id: 'gt-1', text: 'The weather in Beijing was sunny on Tuesday.' },
    ]));
    const queries = write('q.jsonl', lines([
      { id: 'q-zh', text: '去年欧洲新增的电网储能中，有62%由中国电池制造商供应。' },
      { id: 'q-none', lang: 'en', text: 'A football club signed a new goalkeeper.' },
    ]));
    const run = cli('rank', '--corpus', corpus, '--queries', queries, '--top', '2');
    expect(run.stderr).toBe('');
    const answers = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(answers.map((a) => a.query)).toEqual(['q-zh', 'q-none']);
    expect(answers[0].results[0]).toMatchObject({ id: 'ft-1' });
    expect(answers[0].results.length).toBeLessThanOrEqual(2);
    expect(answers[1].results.every((r: { label: string }) => r.label === 'none')).toBe(true);
  });

  it('names the line of a bad corpus entry', () => {
    const { write } = workspace();
    const corpus = write('c.jsonl', '{"id":"a","text":"fine"}\n{"id":"b","lang":"fr","text":"bad"}\n');
    const run = cli('rank', '--corpus', corpus, '--queries', corpus);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/c\.jsonl:2: lang:/);
  });
});

describe('cli match', { timeout: 60_000 }, () => {
  it('matches a page’s passages against a corpus bundle, across scripts and languages', async () => {
    const { renderPage } = await import('../fixtures/render-page');
    const { loadSampleArticles } = await import('../demo/articles');
    const { sampleBundle } = await import('../demo/sample-bundle');
    const all = loadSampleArticles();
    const page = all.find((p) => p.site === 'netease')!;
    const { write } = workspace();
    const corpus = write('corpus.json', sampleBundle(all.filter((p) => p.site !== 'netease'), '2026-01-20T00:00:00.000Z'));
    const run = cli('match', '--corpus', corpus, '--url', page.url, write('page.html', renderPage(page)));
    expect(run.stderr).toBe('');
    const answer = JSON.parse(run.stdout) as { lang: string; passages: { lang: string; matches: { outletId: string; label: string; text: string; reasons: { terms: string[] } }[] }[] };
    expect(answer.lang).toBe('zh-Hant');
    const same = answer.passages.flatMap((p) => p.matches).filter((m) => m.label === 'same');
    expect(same.length).toBeGreaterThan(2);
    expect(new Set(same.map((m) => m.outletId)).has('huanqiu')).toBe(true);
    expect(same.every((m) => m.reasons.terms.length > 0)).toBe(true);
  });

  it('needs a corpus', () => {
    const { write } = workspace();
    expect(cli('match', '--url', 'https://www.163.com/dy/article/KM3T8Q2V0553B7RX.html', write('p.txt', 'x'))).toMatchObject({ code: 1, stderr: expect.stringContaining('--corpus') });
  });
});
