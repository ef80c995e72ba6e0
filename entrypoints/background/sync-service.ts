/**
 * The background's sync engines: the storage.sync mirror (on by default, the reader's other
 * browsers) and the CouchDB replicator (when the reader connected a team server). Both react to
 * every write in the annotation change log — from a page's card, the side panel, an import, or
 * the other engine — and the replicator also runs on an alarm, which survives the service worker
 * being stopped, with the backoff schedule it keeps in the database.
 */
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { createCouchReplicator, resetSchedule, type CouchSyncStatus } from '../../lib/sync/couch';
import { createStorageSyncMirror, type StorageSyncMirror, type SubscribeToChanges, type SyncArea } from '../../lib/sync/storage-sync';
import { COUCH_KEY, readCouchConfig } from '../../platform/couch-settings';
import { extensionDb } from '../../platform/extension-db';
import { extensionIndexer } from '../../platform/gloss';
import { readSettings } from '../../platform/settings';

const ALARM = 'claimtrail-sync';
/** After a local write, the team server hears of it this soon (edits in a row go together). */
const COUCH_DEBOUNCE_MS = 3_000;

export interface SyncService {
  /** Syncs with the team server now, whatever the backoff says; throws a readable Error on failure. */
  syncNow(): Promise<CouchSyncStatus>;
  /** Annotations were written (also noticed through the change log; twice is harmless). */
  changed(): void;
}

/** Pages repaint once per burst of writes. */
const REPAINT_DEBOUNCE_MS = 100;

/** Starts both engines; `onAnnotationsChanged` runs after every write to the annotations (to repaint pages). */
export function startSyncService(onAnnotationsChanged: () => Promise<void>): SyncService {
  const db = extensionDb();
  let mirror: StorageSyncMirror | undefined;
  let couchTimer: ReturnType<typeof setTimeout> | undefined;

  const applySettings = async () => {
    const { browserSync } = await readSettings();
    if (browserSync && !mirror) {
      mirror = createStorageSyncMirror({ db, area: browser.storage.sync as unknown as SyncArea, onChanged: syncAreaChanges, scheduler: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>) } });
      mirror.start();
    } else if (!browserSync && mirror) {
      mirror.stop();
      mirror = undefined;
    }
  };

  // One team sync at a time: the alarm, the timer after a write and "Sync now" can coincide, and
  // two runs of this device would write its server checkpoint from the same revision (409).
  let couchQueue: Promise<unknown> = Promise.resolve();
  const couch = (force: boolean): Promise<CouchSyncStatus | undefined> => {
    const run = couchQueue.then(() => couchOnce(force));
    couchQueue = run.catch(() => undefined);
    return run;
  };
  const couchOnce = async (force: boolean): Promise<CouchSyncStatus | undefined> => {
    const config = await readCouchConfig();
    if (!config) return undefined;
    // Articles pulled from a shared corpus are indexed like tracked ones.
    const indexer = config.shareCorpus ? await extensionIndexer() : undefined;
    const replicator = createCouchReplicator({ db, config, fetch: (input, init) => fetch(input, init), clock: Date.now, ...(indexer ? { indexer } : {}) });
    if (force) await resetSchedule(db);
    else if (!(await replicator.isDue())) return undefined;
    const result = await replicator.syncOnce();
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  let repaintTimer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    mirror?.notifyLocalChange();
    clearTimeout(couchTimer);
    couchTimer = setTimeout(() => void couch(false).catch((error: unknown) => console.warn('ClaimTrail: team sync', error)), COUCH_DEBOUNCE_MS);
    clearTimeout(repaintTimer);
    repaintTimer = setTimeout(() => void onAnnotationsChanged(), REPAINT_DEBOUNCE_MS);
  };

  // Every write to the change log, from any context: mirror it, send it to the team, repaint.
  // (Writes from extension pages also announce themselves, in case a context misses the other's.)
  let lastSeq: number | undefined;
  liveQuery(async () => (await db.annotationChanges.orderBy('seq').last())?.seq ?? 0).subscribe({
    next: (seq) => {
      const first = lastSeq === undefined;
      lastSeq = seq;
      if (!first) changed();
    },
    error: (error: unknown) => console.warn('ClaimTrail: annotation log not watched', error),
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if ('settings' in changes) void applySettings();
    if (COUCH_KEY in changes) void resetSchedule(db).then(() => couch(false)).catch((error: unknown) => console.warn('ClaimTrail: team sync', error));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void couch(false).catch((error: unknown) => console.warn('ClaimTrail: team sync', error));
  });
  void browser.alarms.create(ALARM, { periodInMinutes: 1 });
  void applySettings();
  return {
    changed,
    syncNow: async () => {
      const status = await couch(true);
      if (!status) throw new Error(browser.i18n.getMessage('couchNotConnected'));
      return status;
    },
  };
}

/** storage.sync's changes from other devices (and this one's own, which the mirror recognises). */
const syncAreaChanges: SubscribeToChanges = (listener) => {
  const onChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    if (area === 'sync') listener(changes);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
};
