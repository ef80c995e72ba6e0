/**
 * The reader's annotations to and from a W3C AnnotationCollection file: the whole store out, a
 * file in (validated item by item, merged per record in one transaction, rejections reported).
 */
import { fail, ok, type Result } from '../result';
import type { W3cAnnotationCollection } from '../schema';
import { mergeIncomingAnnotations } from '../store/annotation-repository';
import type { ClaimTrailDb } from '../store/db';
import { toAnnotationCollection } from './w3c-export';
import { parseAnnotationCollection } from './w3c-import';

/** What an import did: annotations written, those already here unchanged, and why others were refused. */
export interface AnnotationImportReport {
  written: number;
  unchanged: number;
  rejected: string[];
}

/** Every live annotation as one collection (tombstones are for sync replicas, not files). */
export async function exportAnnotations(db: ClaimTrailDb, options: { now: string; generator: string }): Promise<{ collection: W3cAnnotationCollection; count: number }> {
  const annotations = (await db.annotations.toArray()).filter((a) => !a.deleted).sort((a, b) => a.created.localeCompare(b.created));
  return { collection: toAnnotationCollection(annotations, { now: options.now, generator: { name: options.generator } }), count: annotations.length };
}

/** Reads a collection file's text and merges its valid annotations in; fails whole only on unreadable input. */
export async function importAnnotations(db: ClaimTrailDb, text: string, options: { now: string; newId: () => string }): Promise<Result<AnnotationImportReport>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('invalidJson', `The file is not JSON: ${(error as Error).message}`);
  }
  const parsed = parseAnnotationCollection(json, options);
  if (!parsed.ok) return parsed;
  const merged = await mergeIncomingAnnotations(db, parsed.value.annotations, 'import');
  if (!merged.ok) return merged;
  const rejected = [...parsed.value.rejected.map(({ index, reason }) => `annotation ${index + 1}: ${reason}`), ...merged.value.rejected];
  return ok({ written: merged.value.written.length, unchanged: parsed.value.annotations.length - merged.value.written.length, rejected });
}
