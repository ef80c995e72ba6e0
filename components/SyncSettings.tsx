import { useState } from 'preact/hooks';
import type { Result } from '../lib/result';
import type { CouchConfig, CouchSchedule, Settings, StorageSyncStatus } from '../lib/schema';
import { useT } from './i18n-context';

interface Props {
  settings: Settings | undefined;
  onSettings: (change: Partial<Settings>) => void;
  mirror: StorageSyncStatus | undefined;
  couch: CouchConfig | undefined;
  schedule: CouchSchedule | undefined;
  onConnect: (config: CouchConfig) => Promise<Result<unknown>>;
  onDisconnect: () => Promise<void>;
  onSyncNow: () => Promise<Result<{ pushed: number; pulled: number; conflicts: number }>>;
  locale: string;
}

/** The options page's sync section: browser sync with its capacity meter, and the team server. */
export function SyncSettings(props: Props) {
  const t = useT();
  return (
    <section aria-labelledby="ct-sync-heading" data-testid="sync-settings">
      <h2 id="ct-sync-heading">{t('syncHeading')}</h2>
      <label>
        <span>
          <input type="checkbox" data-testid="browser-sync" checked={props.settings?.browserSync ?? false} disabled={!props.settings} onChange={(e) => props.onSettings({ browserSync: e.currentTarget.checked })} /> {t('browserSyncSetting')}
        </span>
      </label>
      {props.settings?.browserSync === true && <MirrorMeter status={props.mirror} />}
      <p class="ct-meta">{t('browserSyncFirefox')}</p>
      <h3>{t('couchHeading')}</h3>
      {props.couch ? <CouchStatus {...props} couch={props.couch} /> : <CouchForm onConnect={props.onConnect} />}
    </section>
  );
}

function MirrorMeter({ status }: { status: StorageSyncStatus | undefined }) {
  const t = useT();
  if (!status) return null;
  const kB = (bytes: number) => (bytes / 1024).toFixed(1);
  return (
    <div data-testid="browser-sync-status">
      <meter min={0} max={status.quotaBytes} high={status.quotaBytes * 0.8} value={status.bytesUsed} aria-label={t('browserSyncMeter', [kB(status.bytesUsed), kB(status.quotaBytes)])} />
      <p>{t('browserSyncMeter', [kB(status.bytesUsed), kB(status.quotaBytes)])}</p>
      <p data-testid="browser-sync-counts">{status.localOnly ? t('browserSyncCounts', [status.mirrored, status.localOnly]) : t('browserSyncAllMirrored', [status.mirrored])}</p>
      {status.error && <p role="alert">{t('browserSyncError', [status.error.message])}</p>}
    </div>
  );
}

function CouchForm({ onConnect }: { onConnect: Props['onConnect'] }) {
  const t = useT();
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    const result = await onConnect({ serverUrl: field('serverUrl'), database: field('database'), username: field('username'), password: String(form.get('password') ?? ''), shareCorpus: form.get('shareCorpus') === 'on' });
    setError(result.ok ? '' : result.error.message);
  };
  return (
    <form class="ct-filters" data-testid="couch-form" onSubmit={submit}>
      <label>{t('couchServerUrl')}<input name="serverUrl" type="url" required placeholder="https://couch.example.org" data-testid="couch-url" /></label>
      <label>{t('couchDatabase')}<input name="database" required data-testid="couch-database" /></label>
      <label>{t('couchUsername')}<input name="username" required autoComplete="username" data-testid="couch-username" /></label>
      <label>{t('couchPassword')}<input name="password" type="password" autoComplete="current-password" data-testid="couch-password" /></label>
      <label>
        <span>
          <input name="shareCorpus" type="checkbox" data-testid="couch-share-corpus" /> {t('couchShareCorpus')}
        </span>
      </label>
      <button type="submit" data-testid="couch-connect">{t('couchConnect')}</button>
      {error && <p role="alert" data-testid="couch-error">{error}</p>}
    </form>
  );
}

function CouchStatus({ couch, schedule, onDisconnect, onSyncNow, locale }: Props & { couch: CouchConfig }) {
  const t = useT();
  const [outcome, setOutcome] = useState('');
  const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(locale) : '');
  const syncNow = async () => {
    const result = await onSyncNow();
    setOutcome(result.ok ? t('couchSynced', [result.value.pushed, result.value.pulled, result.value.conflicts]) : result.error.message);
  };
  return (
    <div data-testid="couch-status">
      <p>{t('couchConnected', [couch.database, new URL(couch.serverUrl).origin, couch.username])}</p>
      {couch.shareCorpus && <p>{t('couchSharingCorpus')}</p>}
      <p data-testid="couch-schedule">
        {schedule?.lastError ? t('couchFailing', [schedule.lastError.message, when(schedule.nextAttemptAt)]) : schedule?.lastSyncedAt ? t('couchLastSynced', [when(schedule.lastSyncedAt)]) : t('couchNeverSynced')}
      </p>
      <div class="ct-note-actions">
        <button type="button" data-testid="couch-sync-now" onClick={() => void syncNow()}>{t('couchSyncNow')}</button>
        <button type="button" data-testid="couch-disconnect" onClick={() => void onDisconnect()}>{t('couchDisconnect')}</button>
      </div>
      <p role="status" data-testid="couch-outcome">{outcome}</p>
    </div>
  );
}
