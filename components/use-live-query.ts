import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The latest result of a Dexie query, re-run whenever the tables it read change (in this context
 * or another one of the extension). `undefined` until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('ClaimTrail: live query failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return value;
}
