/**
 * Which keys a round writes: the parts of every shard whose records differ from the plan, in one
 * `set()`. Parts a shard no longer needs are overwritten with "" in that same call (a retired part,
 * read as empty), so nothing is removed before its replacement is written and the bytes never
 * peak above the plan; the "" keys are removed afterwards.
 */
import { itemBytes } from './area';
import { partKey, parsePartKey } from './layout';
import type { MirrorPlan } from './plan';
import { sameRevisions, type RemoteView } from './remote';

/**
 * `all` after local changes: every shard that differs from the plan, evicting records beyond the
 * budget. `missing` after a pull: only shards that lack a planned record or revision, so two
 * devices whose budgets disagree never overwrite each other back and forth.
 */
export type WriteMode = 'all' | 'missing';

/** One round's writes and the sync area's size once they are made. */
export interface WriteSet {
  set: Record<string, string>;
  /** Keys holding "" once `set` is done, to remove when a write is allowed. */
  removable: string[];
  bytesAfter: number;
  itemsAfter: number;
}

/** The writes that bring `view` to `plan` in `mode`. */
export function decideWrites(plan: MirrorPlan, view: RemoteView, mode: WriteMode): WriteSet {
  const set: Record<string, string> = {};
  const none = new Map<string, string>();
  for (const shard of new Set([...plan.shards.keys(), ...view.shards.keys()])) {
    const wanted = plan.shards.get(shard);
    const found = view.shards.get(shard);
    const have = found?.revisions ?? none;
    const wants = wanted?.revisions ?? none;
    const missing = [...wants].some(([id, revision]) => have.get(id) !== revision);
    const differs = missing || Boolean(found?.corrupt) || !sameRevisions(wants, have);
    if (!(mode === 'all' ? differs : missing)) continue;
    const parts = wanted?.parts ?? [];
    parts.forEach((part, i) => {
      if (view.items[partKey(shard, i)] !== part) set[partKey(shard, i)] = part;
    });
    for (const key of found?.keys ?? []) if (parsePartKey(key)!.part >= parts.length && view.items[key] !== '') set[key] = '';
  }
  const removable = Object.entries(view.items)
    .filter(([key, value]) => parsePartKey(key) && (key in set ? set[key] : value) === '')
    .map(([key]) => key);
  let bytesAfter = view.totalBytes;
  let itemsAfter = Object.keys(view.items).length;
  for (const [key, value] of Object.entries(set)) {
    bytesAfter += itemBytes(key, value) - (key in view.items ? itemBytes(key, view.items[key]) : 0);
    if (!(key in view.items)) itemsAfter += 1;
  }
  return { set, removable, bytesAfter, itemsAfter };
}
