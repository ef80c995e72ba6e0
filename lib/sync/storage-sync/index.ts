/**
 * The storage.sync mirror's public surface: the engine the background starts, the status the
 * options page reads, the capacity measurement the benchmark calls, and the injected interfaces.
 */
export { createStorageSyncMirror, type StorageSyncMirror, type StorageSyncMirrorOptions } from './mirror';
export { readStorageSyncStatus, STORAGE_SYNC_STATUS_ID } from './state';
export { measureCapacity, type CapacityFigures } from './capacity';
export { SYNC_QUOTA, type Clock, type Scheduler, type StorageChange, type SubscribeToChanges, type SyncArea } from './area';
