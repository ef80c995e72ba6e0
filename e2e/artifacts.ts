import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Screenshots of the run; the README's images are copied from here. */
export const SCREENSHOTS = resolve(import.meta.dirname, '..', 'artifacts', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const scratch = mkdtempSync(join(tmpdir(), 'claimtrail-e2e-'));

/** Writes a file for the browser to pick up (e.g. an upload) and returns its path. */
export function artifactFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}
