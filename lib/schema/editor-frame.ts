/**
 * Shapes of the annotation editor frame (part of the one schema module: lib/schema.ts re-exports
 * everything here). The editor runs in an extension page framed inside the page's card, so the
 * page never sees what the reader types; the content script only names which annotations it edits.
 */
import { z } from 'zod';
import { annotationSchema } from './annotations';
import { httpUrlSchema } from './primitives';

/** The card's colours follow the page's own background, which only the content script can see. */
export const cardSchemeSchema = z.enum(['light', 'dark']);
export type CardScheme = z.infer<typeof cardSchemeSchema>;

/** At most this many annotations overlap in one card (each gets an editor). */
export const MAX_EDITOR_NOTES = 20;

/** The content script opens an editor in its tab for these annotations (ids only, never their text). */
export const openEditorRequestSchema = z
  .object({
    url: httpUrlSchema,
    ids: z.array(z.uuid()).min(1).max(MAX_EDITOR_NOTES),
    /** The annotation just created, whose note field takes the keyboard. */
    focusId: z.uuid().optional(),
    scheme: cardSchemeSchema,
  })
  .refine((request) => request.focusId === undefined || request.ids.includes(request.focusId), { message: 'focusId must be one of ids', path: ['focusId'] });
export type OpenEditorRequest = z.infer<typeof openEditorRequestSchema>;

/** What the frame edits: its session (a random id the page never sees) and the annotations. */
export const editorSessionSchema = z.object({
  session: z.uuid(),
  annotations: z.array(annotationSchema).max(MAX_EDITOR_NOTES),
  /** Tags in use, offered as the reader types. */
  tags: z.array(z.string().max(64)).max(500),
  focusId: z.uuid().optional(),
  scheme: cardSchemeSchema,
});
export type EditorSession = z.infer<typeof editorSessionSchema>;

/** The frame's height in CSS pixels (bounded: a frame cannot grow the card past any screen). */
const frameHeightSchema = z.number().int().min(0).max(4000);

/** What the frame tells the card about itself: drawn (with its height), resized, or done. */
export const editorFrameEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready'), height: frameHeightSchema }),
  z.object({ kind: z.literal('resize'), height: frameHeightSchema }),
  /** The reader pressed Esc in the frame (or deleted the last annotation): close the card. */
  z.object({ kind: z.literal('close') }),
]);
export type EditorFrameEvent = z.infer<typeof editorFrameEventSchema>;

/** A frame event, on its way from the frame through the background to its tab's content script. */
export const editorFrameMessageSchema = z.object({ session: z.uuid(), event: editorFrameEventSchema });
export type EditorFrameMessage = z.infer<typeof editorFrameMessageSchema>;
