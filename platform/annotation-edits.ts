import { dismissConflicts } from '../lib/store/annotation-repository';
import { removeAnnotation, updateAnnotation } from '../lib/annotations/page-annotations';
import type { Result } from '../lib/result';
import type { AnnotationBody } from '../lib/schema';
import { callBackground } from './background-client';
import { extensionDb } from './extension-db';

const clock = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };

/** After a write from an extension page, the background repaints pages and schedules sync. */
async function announced<T>(result: Result<T>): Promise<Result<T>> {
  if (result.ok) await callBackground('annotationsWritten', {});
  return result;
}

/** Edits from the side panel, written straight to the database. */
export const annotationEdits = {
  save: async (id: string, body: AnnotationBody) => announced(await updateAnnotation(extensionDb(), clock, id, body)),
  remove: async (id: string) => announced(await removeAnnotation(extensionDb(), clock, id)),
  dismissConflicts: async (id: string) => announced(await dismissConflicts(extensionDb(), id, clock.now())),
};
