/**
 * The shared corpus against a real CouchDB-protocol server (pouchdb-server, or CouchDB with
 * COUCH_URL): devices are fake-indexeddb databases that track articles with the real indexer.
 */
import { describe, expect, it } from 'vitest';
import { draftAnnotation, uuid } from '../../../tests/annotations';
import { bundleArticle } from '../../../tests/bundles';
import type { CouchTestDatabase } from '../../../tests/couch-server';
import { serverDocs } from '../../../tests/couch-server/devices';
import { SERVER_TEST_OPTIONS, useCouchServer } from '../../../tests/couch-server/vitest';
import { freshDb } from '../../../tests/fake-db';
import { testIndexer } from '../../../tests/indexer';
import { articleIdFor } from '../../ids';
import type { BundleArticle } from '../../schema';
import { createAnnotation } from '../../store/annotation-repository';
import { toArticleRecords } from '../../store/article-records';
import { deleteArticle, getArticle, saveArticle } from '../../store/corpus-repository';
import type { ClaimTrailDb } from '../../store/db';
import { articleDocId } from './corpus-docs';
import { createCouchReplicator, type CouchReplicatorDeps } from './replicator';

const server = useCouchServer();

const urlOf = (n: number): string => `https://www.ft.com/content/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Article `n`, added at `addedAt`, with a title that tells snapshots apart. */
function article(n: number, addedAt = '2026-02-01T08:00:00.000Z', title = `Headline ${n}`): BundleArticle {
  return bundleArticle({ url: urlOf(n), canonicalUrl: urlOf(n), title, addedAt, text: `Claim number ${n} is stated here. Exports rose 48 per cent in March.` });
}

type Device = ReturnType<typeof device>;

/** A device with its own database; `shareCorpus` on and the test indexer unless told otherwise. */
function device(database: CouchTestDatabase, options: { shareCorpus?: boolean } & Partial<Omit<CouchReplicatorDeps, 'db' | 'config'>> = {}) {
  const { shareCorpus = true, ...deps } = options;
  const db = freshDb();
  const config = { serverUrl: server.url, database: database.name, username: database.username, password: database.password, shareCorpus };
  let tick = Date.parse('2026-03-01T09:00:00.000Z');
  return { db, replicator: createCouchReplicator({ db, config, fetch, clock: () => (tick += 1000), random: () => 0.5, indexer: testIndexer, ...deps }) };
}

async function track(db: ClaimTrailDb, ...articles: BundleArticle[]): Promise<void> {
  for (const input of articles) {
    const saved = await saveArticle(db, toArticleRecords(input, 'tracked', '2026-03-01T08:00:00.000Z', testIndexer), testIndexer.version);
    if (!saved.ok) throw new Error(saved.error.message);
  }
}

async function synced(target: Device) {
  const result = await target.replicator.syncOnce();
  if (!result.ok) throw new Error(`sync failed: ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

/** `_id` → revision of the article documents on the server. */
async function articleRevs(database: CouchTestDatabase): Promise<Map<string, string>> {
  const docs = await serverDocs(server, database.name);
  return new Map([...docs].filter(([id]) => id.startsWith('article:')).map(([id, doc]) => [id, doc.rev]));
}

/** A fetch that, once armed, runs the race (another device writing) just before the next article `_bulk_docs` goes out. */
function racingFetch() {
  let race: (() => Promise<void>) | undefined;
  const racing: typeof fetch = async (input, init) => {
    const run = race;
    if (run && String(input).includes('_bulk_docs') && String(init?.body).includes('"article:')) {
      race = undefined;
      await run();
    }
    return fetch(input, init);
  };
  return { fetch: racing, arm: (next: () => Promise<void>) => (race = next) };
}

/** A device on a new database, its requests open to races, that has shared `articles` once. */
async function sharedWithRacing(...articles: BundleArticle[]) {
  const database = await server.createDatabase();
  const racing = racingFetch();
  const a = device(database, { fetch: racing.fetch });
  await track(a.db, ...articles);
  await synced(a);
  return { database, racing, a };
}

/** Overwrites article `n` on the server, as another device would, with a snapshot added at `addedAt`. */
async function writeOnServer(database: CouchTestDatabase, n: number, addedAt: string, title: string): Promise<void> {
  const docId = articleDocId(articleIdFor(urlOf(n)));
  const current = (await serverDocs(server, database.name)).get(docId);
  const { status } = await server.admin('PUT', `${database.name}/${encodeURIComponent(docId)}`, { ...current?.doc, addedAt, title });
  expect(status).toBe(201);
}

describe(`shared corpus against ${process.env.COUCH_URL ? 'CouchDB (COUCH_URL)' : 'pouchdb-server'}`, SERVER_TEST_OPTIONS, () => {
  it('carries tracked articles to another device, passages and all, and never pushes them back', async () => {
    const database = await server.createDatabase();
    const a = device(database);
    const b = device(database, { batchSize: 2 });
    await track(a.db, article(1), article(2), article(3));
    expect(await synced(a)).toMatchObject({ articlesPushed: 3, articlesPulled: 0, pushed: 0, rejected: [] });
    const revs = await articleRevs(database);
    expect(revs.size).toBe(3);
    const onServer = (await serverDocs(server, database.name)).get(articleDocId(articleIdFor(urlOf(1))))!.doc;
    expect(onServer).toMatchObject({ canonicalUrl: urlOf(1), title: 'Headline 1', addedAt: '2026-02-01T08:00:00.000Z', lang: 'en' });
    expect(onServer).not.toHaveProperty('origin');
    for (const local of ['id', 'articleId', 'features', 'keys']) expect((onServer.passages as object[])[0]).not.toHaveProperty(local);

    expect(await synced(b)).toMatchObject({ articlesPulled: 3, articlesPushed: 0, rejected: [] });
    for (const n of [1, 2, 3]) {
      const mine = await getArticle(a.db, articleIdFor(urlOf(n)));
      const theirs = await getArticle(b.db, articleIdFor(urlOf(n)));
      expect(theirs?.article).toEqual({ ...mine!.article, origin: 'sync' });
      expect(theirs?.passages).toEqual(mine!.passages);
      expect(theirs!.passages.length).toBeGreaterThan(1);
    }
    expect(await articleRevs(database)).toEqual(revs);
    // Nothing left to do on either side: no echo, no ping-pong.
    expect(await synced(a)).toMatchObject({ articlesPushed: 0, articlesPulled: 0 });
    expect(await synced(b)).toMatchObject({ articlesPushed: 0, articlesPulled: 0 });
    expect(await articleRevs(database)).toEqual(revs);
  });

  it("keeps an article in the desk's database when a reader deletes it from their own corpus", async () => {
    const database = await server.createDatabase();
    const [a, b] = [device(database), device(database)];
    await track(a.db, article(1), article(2), article(3));
    await synced(a);
    await synced(b);
    const revs = await articleRevs(database);
    expect((await deleteArticle(a.db, articleIdFor(urlOf(2)), testIndexer.version)).ok).toBe(true);
    expect(await synced(a)).toMatchObject({ articlesPushed: 0, articlesPulled: 0 });
    expect(await articleRevs(database)).toEqual(revs);
    expect(await a.db.articles.count()).toBe(2);
    expect(await synced(b)).toMatchObject({ articlesPushed: 0, articlesPulled: 0 });
    expect(await b.db.articles.count()).toBe(3);
  });

  it('shares nothing about articles when shareCorpus is off, either way', async () => {
    const database = await server.createDatabase();
    const sharing = device(database);
    await track(sharing.db, article(9));
    await synced(sharing);
    const a = device(database, { shareCorpus: false, indexer: undefined });
    await track(a.db, article(1), article(2), article(3));
    await createAnnotation(a.db, draftAnnotation(), uuid(1), '2026-03-01T10:00:00.000Z');
    expect(await synced(a)).toMatchObject({ pushed: 1, articlesPushed: 0, articlesPulled: 0, rejected: [] });
    expect([...(await articleRevs(database)).keys()]).toEqual([articleDocId(articleIdFor(urlOf(9)))]);
    expect((await a.db.articles.toArray()).map((x) => x.canonicalUrl).sort()).toEqual([urlOf(1), urlOf(2), urlOf(3)]);
    expect(await a.db.syncState.filter((row) => /^couch:(corpus|articleRev)/.test(row.id)).count()).toBe(0);
  });

  it('keeps annotation and article documents apart', async () => {
    const database = await server.createDatabase();
    const [a, b] = [device(database), device(database, { batchSize: 1 })];
    await createAnnotation(a.db, draftAnnotation(), uuid(2), '2026-03-01T10:00:00.000Z');
    await track(a.db, article(1), article(2));
    expect(await synced(a)).toMatchObject({ pushed: 1, pulled: 0, articlesPushed: 2, articlesPulled: 0, rejected: [] });
    expect(await synced(b)).toMatchObject({ pushed: 0, pulled: 1, conflicts: 0, articlesPushed: 0, articlesPulled: 2, rejected: [] });
    expect((await b.db.annotations.toArray()).map((x) => x.id)).toEqual([uuid(2)]);
    expect(await b.db.articles.count()).toBe(2);
    expect([...(await serverDocs(server, database.name)).keys()].filter((id) => !id.startsWith('article:'))).toEqual([`annotation:${uuid(2)}`]);
  });

  it('reports invalid article documents on the server, skips them, and pulls the rest', async () => {
    const database = await server.createDatabase();
    const a = device(database);
    await track(a.db, article(1));
    await synced(a);
    const { passages: _passages, ...broken } = article(2);
    const misfiled = { ...article(3), _id: articleDocId(articleIdFor(urlOf(4))) };
    const injected = await server.admin('POST', `${database.name}/_bulk_docs`, { docs: [{ ...broken, _id: articleDocId(articleIdFor(urlOf(2))), title: '' }, misfiled] });
    expect(injected.status).toBe(201);
    const b = device(database);
    const status = await synced(b);
    expect(status.articlesPulled).toBe(1);
    expect(status.rejected).toHaveLength(2);
    expect(status.rejected).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^article:${articleIdFor(urlOf(2))} 1-\\w+: title: .*; passages: `)),
        expect.stringMatching(new RegExp(`^article:${articleIdFor(urlOf(4))} 1-\\w+: canonicalUrl: belongs to article:${articleIdFor(urlOf(3))}$`)),
      ]),
    );
    expect((await b.db.articles.toArray()).map((x) => x.canonicalUrl)).toEqual([urlOf(1)]);
  });

  it("keeps the newer snapshot of an article by addedAt, on the server and on every device", async () => {
    const database = await server.createDatabase();
    const [a, b, c] = [device(database), device(database), device(database)];
    await track(a.db, article(1, '2026-02-01T08:00:00.000Z', 'First'));
    await synced(a);
    await track(b.db, article(1, '2026-02-02T08:00:00.000Z', 'Second'));
    expect(await synced(b)).toMatchObject({ articlesPulled: 0, articlesPushed: 1 });
    const revs = await articleRevs(database);
    await track(c.db, article(1, '2026-01-31T08:00:00.000Z', 'Older'));
    expect(await synced(c)).toMatchObject({ articlesPulled: 1, articlesPushed: 0 });
    expect(await articleRevs(database)).toEqual(revs);
    expect(await synced(a)).toMatchObject({ articlesPulled: 1, articlesPushed: 0 });
    for (const { db } of [a, b, c]) expect((await db.articles.get(articleIdFor(urlOf(1))))?.title).toBe('Second');
    expect((await c.db.articles.get(articleIdFor(urlOf(1))))?.origin).toBe('sync');
  });

  it('settles a write that meets a newer revision by addedAt: the server copy stays unless ours is newer', async () => {
    const { database, racing, a } = await sharedWithRacing(article(1), article(2));
    await track(a.db, article(1, '2026-02-02T09:00:00.000Z', 'A again'), article(2, '2026-02-02T09:00:00.000Z', 'A again'));
    // Another device writes both between A's pull and its push: article 1 newer than A's copy, article 2 older.
    racing.arm(async () => {
      await writeOnServer(database, 1, '2026-02-03T08:00:00.000Z', 'Raced, newer');
      await writeOnServer(database, 2, '2026-02-02T08:00:00.000Z', 'Raced, older');
    });
    expect(await synced(a)).toMatchObject({ articlesPushed: 1, articlesPulled: 0 });
    const docs = await serverDocs(server, database.name);
    expect(docs.get(articleDocId(articleIdFor(urlOf(1))))?.doc).toMatchObject({ title: 'Raced, newer', addedAt: '2026-02-03T08:00:00.000Z' });
    expect(docs.get(articleDocId(articleIdFor(urlOf(2))))?.doc).toMatchObject({ title: 'A again', addedAt: '2026-02-02T09:00:00.000Z' });
    // The next pull brings the copy that stayed; nothing goes back.
    expect(await synced(a)).toMatchObject({ articlesPushed: 0, articlesPulled: 1 });
    expect((await a.db.articles.get(articleIdFor(urlOf(1))))?.title).toBe('Raced, newer');
    expect((await a.db.articles.get(articleIdFor(urlOf(2))))?.title).toBe('A again');
  });

  it('sends every article again when the change log was pruned past its cursor, skipping what the server has', async () => {
    const database = await server.createDatabase();
    const a = device(database);
    await track(a.db, article(1), article(2), article(3));
    await synced(a);
    await track(a.db, article(4), article(5));
    // As recordIndexChange does beyond CHANGE_LOG_LIMIT entries: the oldest go, here past the cursor.
    await a.db.corpusChanges.where('seq').belowOrEqual(4).delete();
    expect(await synced(a)).toMatchObject({ articlesPushed: 2 });
    expect((await articleRevs(database)).size).toBe(5);
  });

  it('shares the corpus again with a database recreated under the same name, even after a failed first attempt', async () => {
    const { database, racing, a } = await sharedWithRacing(article(1), article(2));
    const security = await server.admin('GET', `${database.name}/_security`);
    expect((await server.admin('DELETE', database.name)).status).toBe(200);
    expect((await server.admin('PUT', database.name)).status).toBe(201);
    expect((await server.admin('PUT', `${database.name}/_security`, security.json)).status).toBe(200);
    // The first sync saves a new checkpoint, then loses the connection as the articles go out.
    racing.arm(() => Promise.reject(new Error('connection cut')));
    const cut = await a.replicator.syncOnce();
    expect(!cut.ok && cut.error.kind).toBe('unreachable');
    expect(await synced(a)).toMatchObject({ articlesPushed: 2 });
    expect((await articleRevs(database)).size).toBe(2);
  });

  it('refuses to share the corpus without a passage indexer, before sending anything', async () => {
    const database = await server.createDatabase();
    const a = device(database, { indexer: undefined });
    await track(a.db, article(1));
    const result = await a.replicator.syncOnce();
    expect(!result.ok && result.error).toMatchObject({ kind: 'invalidConfig', message: expect.stringContaining('passage indexer') });
    expect((await serverDocs(server, database.name)).size).toBe(0);
  });
});
