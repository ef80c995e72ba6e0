// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../lib/result';
import type { CouchConfig, Settings, StorageSyncStatus } from '../lib/schema';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { SyncSettings } from './SyncSettings';
import { SyncStatusLine } from './SyncStatusLine';

const settings: Settings = { autoTrack: false, browserSync: true, highlight: { same: true, supports: true } };
const mirror: StorageSyncStatus = { quotaBytes: 102_400, bytesUsed: 92_038, items: 17, mirrored: 259, localOnly: 41 };
const couch: CouchConfig = { serverUrl: 'https://couch.desk.example', database: 'desk', username: 'ana', password: 'secret', shareCorpus: false };
const base = { settings, onSettings: () => undefined, mirror, schedule: undefined, onConnect: async () => ok(undefined), onDisconnect: async () => undefined, onSyncNow: async () => ok({ pushed: 1, pulled: 2, conflicts: 0 }), locale: 'en' };

describe('SyncSettings', () => {
  it('shows the browser sync meter and says how many annotations stay on this device only', async () => {
    const onSettings = vi.fn();
    const { getByTestId, container } = renderWithI18n(<SyncSettings {...base} couch={undefined} onSettings={onSettings} />);
    expect(getByTestId('browser-sync-status').querySelector('meter')!.getAttribute('value')).toBe('92038');
    expect(getByTestId('browser-sync-counts').textContent).toBe('259 annotations synced this way; 41 older ones are kept on this device only (browser sync storage holds about 100 kB).');
    fireEvent.click(getByTestId('browser-sync'));
    expect(onSettings).toHaveBeenCalledWith({ browserSync: false });
    const off = renderWithI18n(<SyncSettings {...base} settings={{ ...settings, browserSync: false }} couch={undefined} />);
    expect(off.container.querySelectorAll('[data-testid="browser-sync-status"]')).toHaveLength(0);
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('connects a team server from the form and shows why it could not', async () => {
    const onConnect = vi.fn(async () => fail('forbiddenMessage', 'ClaimTrail was not allowed to reach https://couch.desk.example, so the server was not saved.'));
    const { getByTestId } = renderWithI18n(<SyncSettings {...base} couch={undefined} onConnect={onConnect} />);
    fireEvent.input(getByTestId('couch-url'), { target: { value: 'https://couch.desk.example' } });
    fireEvent.input(getByTestId('couch-database'), { target: { value: 'desk' } });
    fireEvent.input(getByTestId('couch-username'), { target: { value: 'ana' } });
    fireEvent.input(getByTestId('couch-password'), { target: { value: 'secret' } });
    fireEvent.click(getByTestId('couch-share-corpus'));
    fireEvent.submit(getByTestId('couch-form'));
    await waitFor(() => expect(getByTestId('couch-error').textContent).toContain('not allowed to reach'));
    expect(onConnect).toHaveBeenCalledWith({ serverUrl: 'https://couch.desk.example', database: 'desk', username: 'ana', password: 'secret', shareCorpus: true });
  });

  it('shows a connected server’s last failure and syncs on demand', async () => {
    const schedule = { failures: 2, nextAttemptAt: '2026-03-01T10:05:00.000Z', lastError: { kind: 'unauthorized', message: 'CouchDB rejected the credentials for ana' } };
    const { getByTestId, container } = renderWithI18n(<SyncSettings {...base} couch={{ ...couch, shareCorpus: true }} schedule={schedule} />);
    expect(getByTestId('couch-status').textContent).toContain('Tracked articles are shared through this database.');
    expect(getByTestId('couch-schedule').textContent).toContain('Sync failed (CouchDB rejected the credentials for ana); your annotations are safe on this device.');
    fireEvent.click(getByTestId('couch-sync-now'));
    await waitFor(() => expect(getByTestId('couch-outcome').textContent).toBe('Synced: 1 sent, 2 received, 0 conflicts merged.'));
    expect(container.textContent).not.toContain('secret');
    expect(await accessibilityViolations(container)).toEqual([]);
  });
});

describe('SyncStatusLine', () => {
  it('tells the reader where their annotations go', async () => {
    const { getByTestId, container } = renderWithI18n(<SyncStatusLine browserSync={true} mirror={mirror} couch={couch} schedule={{ failures: 0, lastSyncedAt: '2026-03-01T10:00:00.000Z' }} locale="en" />);
    expect(getByTestId('sync-status').textContent).toContain('Browser sync: 259 annotations mirrored, 41 on this device only.');
    expect(getByTestId('sync-team').textContent).toContain('Team sync: Last synced');
    expect(await accessibilityViolations(container)).toEqual([]);
    const off = renderWithI18n(<SyncStatusLine browserSync={false} mirror={undefined} couch={undefined} schedule={undefined} locale="en" />);
    expect(off.container.textContent).toContain('Sync is off');
  });
});
