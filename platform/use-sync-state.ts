import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLiveQuery } from '../components/use-live-query';
import type { CouchConfig } from '../lib/schema';
import { readSchedule } from '../lib/sync/couch';
import { readStorageSyncStatus } from '../lib/sync/storage-sync';
import { COUCH_KEY, readCouchConfig } from './couch-settings';
import { extensionDb } from './extension-db';

/** What the sync engines last did (live from the database) and the team server the reader set. */
export function useSyncState() {
  const mirror = useLiveQuery(() => readStorageSyncStatus(extensionDb()), []);
  const schedule = useLiveQuery(() => readSchedule(extensionDb()), []);
  const [couch, setCouch] = useState<CouchConfig | undefined>(undefined);
  useEffect(() => {
    void readCouchConfig().then(setCouch);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && COUCH_KEY in changes) void readCouchConfig().then(setCouch);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return { mirror, schedule, couch };
}
