/**
 * What the mirror needs from the browser, passed in so lib/ never touches browser globals: the
 * subset of `browser.storage.sync` it calls, its change events, a clock and a timer.
 */

/** The subset of `browser.storage.sync` the mirror calls; `get(null)` reads every key. */
export interface SyncArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getBytesInUse?(keys: string | string[] | null): Promise<number>;
}

/** One key's change in a `storage.onChanged` event. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * Subscribes to the sync area's changes (the wiring filters `storage.onChanged` to area "sync");
 * returns the unsubscribe function. Chrome also reports this device's own writes here.
 */
export type SubscribeToChanges = (listener: (changes: Record<string, StorageChange>) => void) => () => void;

/** Milliseconds since the epoch, like `Date.now`. */
export type Clock = () => number;

/** A `setTimeout`-like timer, so tests drive time without real sleeps. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** storage.sync's documented limits, the same in Chrome and Firefox (Firefox has no write-rate limit). */
export const SYNC_QUOTA = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

const utf8 = new TextEncoder();

/** The bytes one item counts toward the quotas, as Chrome counts them: the key plus the JSON of the value, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return utf8.encode(key).length + utf8.encode(JSON.stringify(value) ?? '').length;
}
