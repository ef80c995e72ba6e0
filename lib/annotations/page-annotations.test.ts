import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fake-db';
import { SEED_URLS, seedText } from '../../tests/seeds';
import { extractText } from '../extract-text';
import type { PageText } from '../schema';
import { annotatePage, placePageAnnotations, removeAnnotation, updateAnnotation } from './page-annotations';

let n = 0;
const clock = { now: () => '2026-03-01T10:00:00.000Z', newId: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}` };

function repostPage(url = SEED_URLS['netease-repost']!, prepend = ''): PageText {
  const extracted = extractText(prepend + seedText('netease-repost'), url);
  if (!extracted.ok) throw new Error(extracted.error.message);
  const { article } = extracted.value;
  return { url, canonicalUrl: article.canonicalUrl, outletId: article.outletId, title: article.title, sourceLines: [], text: article.text, blocks: [{ start: 0, end: article.text.length }] };
}

describe('the annotations of the page in a reader’s tab', () => {
  it('annotates a span, then places it again in the page as it changed, at another address, or lists it as an orphan', async () => {
    const db = freshDb();
    const page = repostPage();
    const start = page.text.indexOf('開源模型');
    const created = await annotatePage(db, clock, page, { start, end: start + 4, claimPassageId: 'a_0123456789abcdef:3' });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.target.selector[0]).toMatchObject({ exact: '開源模型', prefix: page.text.slice(start - 32, start) });
    expect(created.value.target.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(created.value.passageId).toBe('a_0123456789abcdef:3');

    const edited = repostPage(undefined, '編者按：本文轉載自網易號，觀點僅代表作者本人，與本站無關。\n\n');
    const placed = await placePageAnnotations(db, edited);
    expect(placed.placed).toEqual([expect.objectContaining({ status: 'anchored', start: edited.text.indexOf('開源模型'), end: edited.text.indexOf('開源模型') + 4 })]);

    const elsewhere = repostPage('https://www.163.com/dy/article/KK8V0G2J0556ZZZZ.html');
    expect((await placePageAnnotations(db, elsewhere)).placed).toHaveLength(1);

    const gone = { ...page, text: page.text.replaceAll('開源模型', '閉源系統') };
    expect((await placePageAnnotations(db, gone)).placed).toEqual([expect.objectContaining({ status: 'orphan' })]);
  });

  it('refuses an empty or out-of-range span, and edits and deletes by id', async () => {
    const db = freshDb();
    const page = repostPage();
    expect(await annotatePage(db, clock, page, { start: 5, end: 5 })).toMatchObject({ ok: false, error: { code: 'invalidMessage' } });
    expect(await annotatePage(db, clock, page, { start: 0, end: page.text.length + 1 })).toMatchObject({ ok: false });
    const created = await annotatePage(db, clock, page, { start: 0, end: 10 });
    if (!created.ok) throw new Error(created.error.message);
    expect(await updateAnnotation(db, clock, created.value.id, { note: 'n', tags: ['ai'], verdict: 'unverified' })).toMatchObject({ ok: true, value: { body: { note: 'n' } } });
    expect((await placePageAnnotations(db, page)).tags).toEqual(['ai']);
    expect(await removeAnnotation(db, clock, created.value.id)).toMatchObject({ ok: true, value: { deleted: true } });
    expect((await placePageAnnotations(db, page)).placed).toEqual([]);
  });
});
