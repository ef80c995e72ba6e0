import { fail, ok, type Result } from '../../lib/result';
import { guardStorage } from '../../lib/store/storage-errors';
import { snapshotAfterImport } from '../../lib/match/corpus-index';
import { importBundle, type WrittenCorpus } from '../../lib/store/bundle-import';
import { exportBundle } from '../../lib/store/bundle-export';
import { parseBundle } from '../../lib/store/bundle-parse';
import type { ImportFile } from '../../components/BundleImport';
import type { ExportFile } from '../../components/BundleExport';
import { extensionDb } from '../../platform/extension-db';
import { extensionIndexer } from '../../platform/gloss';

/**
 * Reads a chosen file, validates all of it, writes it in one transaction, then brings the match
 * index's snapshot up to date with it.
 */
export const importCorpusFile: ImportFile = async (file, onProgress) => {
  const text = await file.text().catch(() => undefined);
  if (text === undefined) return fail('invalidJson', `Could not read ${file.name}.`);
  const bundle = parseBundle(text);
  if (!bundle.ok) return bundle;
  const indexer = await extensionIndexer().catch((error: Error) => error);
  if (indexer instanceof Error) return fail('storageFailed', indexer.message);
  let written: WrittenCorpus | undefined;
  const imported = await importBundle(extensionDb(), bundle.value, { now: new Date().toISOString(), onProgress, indexer, onCommitted: (corpus) => (written = corpus) });
  // The import is whole either way; a snapshot that could not be written is rebuilt by the background.
  if (written) await snapshotAfterImport(extensionDb(), written).catch((error: unknown) => console.debug('ClaimTrail: the index snapshot was not updated after the import', error));
  return imported;
};

/** Exports the corpus and hands it to the browser as a download. */
export const exportCorpusFile: ExportFile = () => guardStorage(() => downloadBundle());

async function downloadBundle(): Promise<Result<number>> {
  const bundle = await exportBundle(extensionDb(), new Date().toISOString());
  const blob = new Blob([JSON.stringify(bundle)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `claimtrail-corpus-${bundle.exportedAt.slice(0, 10)}.json`;
  link.click();
  // Browsers read the blob URL after click() returns; a minute is ample before freeing it.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return ok(bundle.articles.length);
}
