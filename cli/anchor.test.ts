import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSelection } from '../lib/anchor/describe';
import { seedPages } from '../tests/seeds';
import { anchorFile } from './anchor-file';
import { readArticleFile } from './extract-file';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules/.bin/tsx');

function cli(...args: string[]) {
  const run = spawnSync(tsx, [join(root, 'cli/index.ts'), ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-anchor-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

/** A W3C annotation of `text.slice(start, end)`, as another tool would write it. */
function annotationOf(text: string, start: number, end: number, source: string) {
  const described = describeSelection(text, start, end);
  if (!described.ok) throw new Error(described.error.message);
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', body: { type: 'TextualBody', value: 'check this' }, target: [{ source, selector: [described.value.quote, described.value.position] }] };
}

describe('cli anchor', { timeout: 60_000 }, async () => {
  // The 163.com repost: Traditional Chinese with pinyin debris, as the extension reads it.
  const seed = seedPages().find((page) => page.doc === 'netease-repost')!;
  const page = write('page.html', seed.html);
  const extracted = await readArticleFile(page, seed.url);
  if (!extracted.ok) throw new Error(extracted.error.message);
  const { text, passages } = extracted.value;
  const { start, end } = passages[3]!;
  const annotation = annotationOf(text, start, end, seed.url);

  it('prints where the annotation stands in the extracted article text', () => {
    const run = cli('anchor', '--annotation', write('annotation.json', annotation), '--url', seed.url, page);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ status: 'anchored', start, end, score: 1, text: text.slice(start, end) });
  });

  it('fails with one line on stderr naming the field of a bad annotation', () => {
    const run = cli('anchor', '--annotation', write('bad.json', { target: { selector: [{ type: 'TextQuoteSelector', exact: 7 }] } }), '--url', seed.url, page);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/^claimtrail: \S*bad\.json: target\.selector\[0\]\.exact: [^\n]+\n$/);
  });

  it('finds an edited quote', async () => {
    const edited = structuredClone(annotation);
    const quote = edited.target[0]!.selector[0] as { exact: string };
    quote.exact = `${quote.exact.slice(0, 4)}X${quote.exact.slice(5)}`;
    expect(await anchorFile([page], seed.url, write('edited.json', edited))).toEqual({ ok: true, value: { status: 'anchored', start, end, score: expect.any(Number), text: text.slice(start, end) } });
  });

  it('answers an orphan with null offsets when nothing fits', async () => {
    const missing = { target: { selector: { type: 'TextQuoteSelector', exact: '這個頁面上從來沒有出現過的一句話。' } } };
    expect(await anchorFile([page], seed.url, write('missing.json', missing))).toEqual({ ok: true, value: { status: 'orphan', start: null, end: null, score: expect.any(Number), text: null } });
  });

  it('says why an annotation file cannot be read, and what the command takes', async () => {
    expect(await anchorFile([page], seed.url, write('broken.json', '{"target": '))).toMatchObject({ ok: false, error: { code: 'invalidJson', message: expect.stringMatching(/broken\.json is not JSON: /) } });
    expect(await anchorFile([page], seed.url, join(dir, 'absent.json'))).toMatchObject({ ok: false, error: { code: 'notFound', message: expect.stringContaining('Cannot read') } });
    expect(await anchorFile([page], seed.url, undefined)).toMatchObject({ ok: false, error: { message: expect.stringContaining('--annotation') } });
    expect(await anchorFile([page, page], seed.url, write('a.json', annotation))).toMatchObject({ ok: false });
  });
});
