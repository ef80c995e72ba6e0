import { fail, type Result } from '../result';

/**
 * Runs a storage operation and turns what IndexedDB throws into a `Result` a reader can act on.
 * Dexie wraps the browser's error: a full disk surfaces as `QuotaExceededError`, either as the
 * error's own name or as its `inner` error's.
 */
export async function guardStorage<T>(operation: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await operation();
  } catch (error) {
    if (isQuotaError(error)) {
      return fail('quotaExceeded', 'The browser refused to store more data (storage quota exceeded). Nothing was written; free some space or delete tracked articles, then try again.');
    }
    const message = error instanceof Error ? error.message : String(error);
    return fail('storageFailed', `Storage failed, nothing was written: ${message}`);
  }
}

function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}
