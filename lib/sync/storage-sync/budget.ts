/**
 * How much of storage.sync the mirror may plan for: 90% of the quota, less what other keys use,
 * times a factor that shrinks after a quota rejection (our count and the browser's disagreed, or
 * another writer got in first) and grows back after clean writes.
 */
import { SYNC_QUOTA } from './area';
import type { PlanBudget } from './plan';

/** The share of QUOTA_BYTES the mirror plans for, leaving room for settings and retired parts. */
export const MIRROR_SHARE = 0.9;

/** Bytes kept free beside other keys' usage, for retired parts ("" values) and counting slack. */
const HEADROOM_BYTES = 4_096;
/** Items kept free for retired parts, which hold "" until they are removed. */
const HEADROOM_ITEMS = 16;

/** The budget beside `others` (bytes and items used by keys outside the mirror), shrunk by `factor` (0.1–1). */
export function budgetFor(others: { bytes: number; items: number }, factor: number): PlanBudget {
  const bytes = Math.min(MIRROR_SHARE * SYNC_QUOTA.QUOTA_BYTES, SYNC_QUOTA.QUOTA_BYTES - others.bytes - HEADROOM_BYTES);
  return { bytes: Math.max(0, Math.floor(bytes * factor)), items: Math.max(0, SYNC_QUOTA.MAX_ITEMS - others.items - HEADROOM_ITEMS) };
}

/** The factor after a quota rejection: a tenth less each time, never below 0.3. */
export const shrink = (factor: number): number => Math.max(0.3, Math.round(factor * 90) / 100);

/** The factor after a clean write: back toward 1 by a twentieth. */
export const regrow = (factor: number): number => Math.min(1, Math.round(factor * 105) / 100);
