/** The stored snapshot of the match index (lib/match/index-snapshot.ts). */
import { z } from 'zod';

/** A typed array of the snapshot: its name, element type and element count. */
export const snapshotSectionSchema = z.object({
  name: z.string().min(1).max(40),
  type: z.enum(['u8', 'i32', 'u32']),
  length: z.number().int().min(0),
});
export type SnapshotSection = z.infer<typeof snapshotSectionSchema>;

/** The header inside the snapshot's bytes: what the sections are. */
export const snapshotHeaderSchema = z.object({
  format: z.literal(1),
  documents: z.number().int().min(0),
  sections: z.array(snapshotSectionSchema).max(1000),
});
export type SnapshotHeader = z.infer<typeof snapshotHeaderSchema>;

/** The head row in IndexedDB: which feature code and change-log position the chunks reflect. */
export const snapshotHeadSchema = z.object({
  format: z.literal(1),
  featuresVersion: z.number().int().min(0),
  /** The last corpus change (`corpusChanges.seq`) the snapshot includes. */
  seq: z.number().int().min(0),
  chunks: z.number().int().min(1).max(100_000),
  bytes: z.number().int().min(0),
  checksum: z.number().int().min(0),
  writtenAt: z.iso.datetime({ offset: true }),
});
export type SnapshotHead = z.infer<typeof snapshotHeadSchema>;
