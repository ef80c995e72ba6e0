import { exportAnnotations, importAnnotations } from '../../lib/annotations/annotation-files';
import { fail, ok } from '../../lib/result';
import { guardStorage } from '../../lib/store/storage-errors';
import { callBackground } from '../../platform/background-client';
import { extensionDb } from '../../platform/extension-db';
import { browser } from 'wxt/browser';

/** Downloads every live annotation as a W3C AnnotationCollection (JSON-LD). */
export async function exportAnnotationFile() {
  return guardStorage(async () => {
    const now = new Date().toISOString();
    const { collection, count } = await exportAnnotations(extensionDb(), { now, generator: `ClaimTrail ${browser.runtime.getManifest().version}` });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(collection, null, 2)], { type: 'application/ld+json' }));
    link.download = `claimtrail-annotations-${now.slice(0, 10)}.jsonld`;
    link.click();
    // Browsers read the blob URL after click() returns; a minute is ample before freeing it.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    return ok(count);
  });
}

/** Imports a collection file: valid annotations merged in, the rest reported; pages repaint. */
export async function importAnnotationFile(file: File) {
  const text = await file.text().catch(() => undefined);
  if (text === undefined) return fail('invalidJson', `Could not read ${file.name}.`);
  const result = await importAnnotations(extensionDb(), text, { now: new Date().toISOString(), newId: () => crypto.randomUUID() });
  if (result.ok && result.value.written) await callBackground('annotationsWritten', {});
  return result;
}
