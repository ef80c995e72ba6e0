import type { CouchConfig, CouchSchedule, StorageSyncStatus } from '../lib/schema';
import { useT } from './i18n-context';

interface Props {
  browserSync: boolean | undefined;
  mirror: StorageSyncStatus | undefined;
  couch: CouchConfig | undefined;
  schedule: CouchSchedule | undefined;
  locale: string;
}

/** The side panel's word on sync: browser sync's reach, and the team server's last success or failure. */
export function SyncStatusLine({ browserSync, mirror, couch, schedule, locale }: Props) {
  const t = useT();
  const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(locale) : '');
  const team = schedule?.lastError ? t('couchFailing', [schedule.lastError.message, when(schedule.nextAttemptAt)]) : schedule?.lastSyncedAt ? t('couchLastSynced', [when(schedule.lastSyncedAt)]) : t('couchNeverSynced');
  return (
    <section class="ct-meta" aria-labelledby="ct-sync-line" data-testid="sync-status">
      <h2 id="ct-sync-line">{t('syncHeading')}</h2>
      {browserSync === true && mirror && <p>{t('syncBrowserLine', [mirror.mirrored, mirror.localOnly])}</p>}
      {couch && <p data-testid="sync-team">{t('syncStatusLine', [team])}</p>}
      {browserSync !== true && !couch && <p>{t('syncOff')}</p>}
    </section>
  );
}
