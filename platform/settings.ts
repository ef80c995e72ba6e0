/**
 * The reader's settings, in `storage.local` (one record, validated on every read: a missing or
 * damaged record reads as the defaults, never as an error).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { settingsSchema, type Settings } from '../lib/schema';

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

export async function writeSettings(change: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await readSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** The settings, kept current, and a way to change them. */
export function useSettings(): [Settings | undefined, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);
  // Shown at once, then stored: a controlled checkbox must not snap back while the write runs.
  const change = (update: Partial<Settings>) => {
    setSettings((current) => (current ? settingsSchema.parse({ ...current, ...update }) : current));
    void writeSettings(update).then(setSettings);
  };
  return [settings, change];
}
