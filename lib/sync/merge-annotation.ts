/**
 * The one conflict rule every replica applies (storage.sync mirror, CouchDB client, imports), so
 * two devices that merge the same two versions in either order end with the same record, and
 * no reader's words are lost: the newest edit wins the body, the other body is kept as a losing edit.
 */
import { hash64 } from '../ids';
import type { Annotation, AnnotationBody, LosingEdit } from '../schema';

const MAX_HISTORY = 64;
const MAX_CONFLICTS = 20;

/** The edit count of a revision `N-hash`. */
export function revisionGeneration(revision: string): number {
  return Number.parseInt(revision, 10) || 0;
}

/** The revision of `annotation` after one more edit: its generation plus one and a hash of its content. */
export function nextRevision(annotation: Annotation): string {
  const { revision, history: _history, ...content } = annotation;
  return `${revisionGeneration(revision) + 1}-${hash64(JSON.stringify(content))}`;
}

/** `annotation` as edited: a new revision, the old one first in its history. */
export function withNewRevision(annotation: Annotation): Annotation {
  const history = [annotation.revision, ...(annotation.history ?? [])].slice(0, MAX_HISTORY);
  return { ...annotation, revision: nextRevision(annotation), history };
}

/** Whether `older` is an ancestor of (or the same as) `newer`: then `newer` is a plain edit of it. */
export function descendsFrom(newer: Annotation, older: Annotation): boolean {
  return newer.revision === older.revision || (newer.history ?? []).includes(older.revision);
}

/**
 * Merges two versions of one annotation. A version that descends from the other wins outright;
 * otherwise the later `modified` wins (then the longer history, then the greater revision: a
 * total order, so the choice is the same everywhere), the loser's body is kept in `conflicts`
 * unless it says the same, and the result is a child of the winner with a revision both sides
 * compute alike.
 * A deletion therefore wins only when it is the newest change.
 */
export function mergeAnnotations(a: Annotation, b: Annotation): Annotation {
  if (descendsFrom(a, b)) return a;
  if (descendsFrom(b, a)) return b;
  const [winner, loser] = compareVersions(a, b) >= 0 ? [a, b] : [b, a];
  const conflicts = mergeConflicts(winner, loser);
  // The winner's own line of revisions comes first, so a CouchDB replica can send it as the
  // result's ancestry; the loser's revisions follow, so it is known as merged in.
  const line = [winner.revision, ...(winner.history ?? [])].slice(0, MAX_HISTORY - 16);
  const history = [...new Set([...line, loser.revision, ...(loser.history ?? [])])].slice(0, MAX_HISTORY);
  const merged: Annotation = { ...winner, history, ...(conflicts.length ? { conflicts } : {}) };
  if (!conflicts.length) delete merged.conflicts;
  const { revision: _revision, history: _history, ...content } = merged;
  return { ...merged, revision: `${revisionGeneration(winner.revision) + 1}-${hash64(JSON.stringify(content))}` };
}

/** Positive when `a` is the later version. */
function compareVersions(a: Annotation, b: Annotation): number {
  if (a.modified !== b.modified) return Date.parse(a.modified) - Date.parse(b.modified) || (a.modified > b.modified ? 1 : -1);
  const generations = revisionGeneration(a.revision) - revisionGeneration(b.revision);
  if (generations) return generations;
  return a.revision === b.revision ? 0 : a.revision > b.revision ? 1 : -1;
}

function mergeConflicts(winner: Annotation, loser: Annotation): LosingEdit[] {
  const candidates = [...(winner.conflicts ?? []), ...(loser.conflicts ?? [])];
  if (!loser.deleted && !sameBody(loser.body, winner.body)) candidates.push({ body: loser.body, modified: loser.modified, revision: loser.revision });
  const kept = new Map<string, LosingEdit>();
  for (const edit of candidates) {
    if (sameBody(edit.body, winner.body)) continue;
    const key = bodyKey(edit.body);
    const seen = kept.get(key);
    if (!seen || edit.modified > seen.modified || (edit.modified === seen.modified && edit.revision > seen.revision)) kept.set(key, edit);
  }
  return [...kept.values()]
    .sort((x, y) => (x.modified === y.modified ? (x.revision < y.revision ? 1 : -1) : x.modified < y.modified ? 1 : -1))
    .slice(0, MAX_CONFLICTS);
}

function bodyKey(body: AnnotationBody): string {
  return JSON.stringify([body.note, [...body.tags].sort(), body.verdict ?? '', body.verdictLabel ?? '']);
}

function sameBody(a: AnnotationBody, b: AnnotationBody): boolean {
  return bodyKey(a) === bodyKey(b);
}
