/**
 * How many annotations the mirror holds in practice: the figures behind the capacity meter and
 * notes/sync.md, measured by planning the mirror of a set of annotations in an empty sync area.
 */
import type { Annotation } from '../../schema';
import { itemBytes } from './area';
import { compactRecord } from './codec';
import { budgetFor } from './budget';
import { planMirror } from './plan';

/** What a mirror of some annotations costs, and how many of them fit. */
export interface CapacityFigures {
  annotations: number;
  /** Live annotations the mirror holds within its budget; the rest stay local only. */
  mirrored: number;
  localOnly: number;
  /** Bytes and items (keys) the mirror uses, as storage.sync counts them. */
  bytesUsed: number;
  items: number;
  budgetBytes: number;
  /** Mean bytes of one annotation stored as plain JSON under its own key (no mirror). */
  rawJsonBytesPerAnnotation: number;
  /** Mean bytes of one annotation's compact JSON, before compression. */
  compactJsonBytesPerAnnotation: number;
  /** Bytes used divided by annotations mirrored: compressed, base64, with keys. */
  mirroredBytesPerAnnotation: number;
  /** How many annotations would fit as plain JSON, one key each, in the same budget. */
  rawJsonFit: number;
}

/** Plans the mirror of `annotations` in an empty sync area (at the time of the newest) and reports its size. Pure. */
export function measureCapacity(annotations: readonly Annotation[]): CapacityFigures {
  const now = Math.max(0, ...annotations.map((a) => Date.parse(a.modified)));
  const budget = budgetFor({ bytes: 0, items: 0 }, 1);
  const plan = planMirror(annotations, now, budget);
  const raw = annotations.map((a) => itemBytes(a.id, a));
  const mean = (values: number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0);
  let rawJsonFit = 0;
  for (let used = 0; rawJsonFit < raw.length && rawJsonFit < budget.items && used + raw[rawJsonFit]! <= budget.bytes; rawJsonFit++) used += raw[rawJsonFit]!;
  return {
    annotations: annotations.length,
    mirrored: plan.mirrored,
    localOnly: plan.localOnly,
    bytesUsed: plan.bytes,
    items: plan.items,
    budgetBytes: budget.bytes,
    rawJsonBytesPerAnnotation: Math.round(mean(raw)),
    compactJsonBytesPerAnnotation: Math.round(mean(annotations.map((a) => itemBytes('', compactRecord(a))))),
    mirroredBytesPerAnnotation: plan.selected ? Math.round(plan.bytes / plan.selected) : 0,
    rawJsonFit,
  };
}
