/**
 * Reasoning about a document's leaf revisions on the server against the local record: which
 * leaves need no fetch, and what a push must do so the server ends with one live leaf (ours) and
 * no `_conflicts`, the losing edits living on in the record's `conflicts`.
 */
import type { Annotation } from '../../schema/annotations';
import { revisionGeneration } from '../merge-annotation';
import { chainRevisions, closingRevision } from './docs';

/** What fetching told about some leaves of one doc. */
export interface LeafFacts {
  /** Leaves that are deletions (a deletion is never a `_conflicts` entry, so it needs no closing). */
  deleted: Set<string>;
}

/**
 * Whether `local` already holds `revision`: it is the record's revision, one of its ancestors or
 * merged-in edits, or the tombstone that closed one of those (see `closingRevision`).
 */
export function knowsRevision(local: Annotation | undefined, revision: string): boolean {
  if (!local) return false;
  const known = [local.revision, ...(local.history ?? [])];
  if (known.includes(revision)) return true;
  const parentGeneration = revisionGeneration(revision) - 1;
  return known.some((r) => revisionGeneration(r) === parentGeneration && closingRevision(r) === revision);
}

/**
 * What a push must settle for one document after a pull, or `undefined` when the server is in
 * step: `close` lists the live leaves the record has merged in but does not descend from in a line
 * (a tombstone child closes each). The record itself is pushed whenever it is not a leaf there.
 */
export function leavesToSettle(leaves: readonly string[], record: Annotation | undefined, facts?: LeafFacts): { close: string[] } | undefined {
  if (!record) return undefined;
  const line = new Set(chainRevisions(record));
  const merged = new Set(record.history ?? []);
  // Unreadable leaves and other devices' closing tombstones were never merged in, so stay as they are.
  const close = leaves.filter((leaf) => merged.has(leaf) && !line.has(leaf) && !facts?.deleted.has(leaf));
  if (!close.length && leaves.includes(record.revision)) return undefined;
  return { close };
}
