/**
 * The mirror's rows in the `syncState` table: its cursor in the annotation change log and the
 * status the options page shows. Rows are validated on the way in and out; a row that no longer
 * parses counts as absent (the engine then starts from the beginning, which only re-merges).
 */
import { storageSyncCursorSchema, storageSyncStatusSchema, type StorageSyncCursor, type StorageSyncStatus } from '../../schema/storage-sync';
import type { ClaimTrailDb } from '../../store/db';

/** `syncState` id of the mirror's cursor row. */
export const STORAGE_SYNC_CURSOR_ID = 'storageSync:cursor';
/** `syncState` id of the mirror's status row, which the options page reads. */
export const STORAGE_SYNC_STATUS_ID = 'storageSync:status';

/** The cursor, or the start of the log at the full budget. */
export async function readCursor(db: ClaimTrailDb): Promise<StorageSyncCursor> {
  const parsed = storageSyncCursorSchema.safeParse((await db.syncState.get(STORAGE_SYNC_CURSOR_ID))?.value);
  return parsed.success ? parsed.data : { seq: 0, budgetFactor: 1 };
}


/** The mirror's last status, for the capacity meter; undefined before its first round. */
export async function readStorageSyncStatus(db: ClaimTrailDb): Promise<StorageSyncStatus | undefined> {
  const parsed = storageSyncStatusSchema.safeParse((await db.syncState.get(STORAGE_SYNC_STATUS_ID))?.value);
  return parsed.success ? parsed.data : undefined;
}

/** Stores the status, and the cursor when it moved, in one write. */
export async function writeState(db: ClaimTrailDb, status: StorageSyncStatus, cursor?: StorageSyncCursor): Promise<void> {
  const rows = [{ id: STORAGE_SYNC_STATUS_ID, value: storageSyncStatusSchema.parse(status) as unknown }];
  if (cursor) rows.push({ id: STORAGE_SYNC_CURSOR_ID, value: storageSyncCursorSchema.parse(cursor) });
  await db.syncState.bulkPut(rows);
}
