/**
 * The typed message protocol between extension contexts: one map per direction, each message a
 * request and a response schema from schema.ts. The background is a trust boundary (content
 * scripts run inside hostile pages), so every incoming message is parsed before a handler runs,
 * and every failure comes back as a `Result`, never as a throw.
 */
import { z } from 'zod';
import { errorCodes, fail, ok, type Result } from './result';
import { annotateRequestSchema, annotationBodySchema, annotationSchema, editorFrameMessageSchema, editorSessionSchema, openEditorRequestSchema, pageAnnotationsSchema, pageMatchesSchema, pageNoteSpansSchema, pageReportSchema, pageTextSchema, paintReportSchema, tabMatchesSchema, tabStateSchema, trackResultSchema } from './schema';
import { envelope, isEnvelope, type Envelope } from './wire';
import { describeZodError } from './zod-errors';

const httpUrl = z.url({ protocol: /^https?$/ }).max(2048);

export interface MessageSpec {
  request: z.ZodType;
  response: z.ZodType;
}
export type MessageMap = Record<string, MessageSpec>;

/** Messages a content script may send to the background. */
export const contentToBackground = {
  /** The page is on a supported site; says whether it is an article. */
  reportPage: { request: pageReportSchema, response: z.object({ recorded: z.literal(true) }) },
  /** The article the page shows: cut it into passages and match each against the tracked corpus. */
  matchPassages: { request: pageTextSchema, response: pageMatchesSchema },
  /** The matched passages are highlighted: how many, and how long it took. */
  reportPainted: { request: paintReportSchema, response: z.object({ recorded: z.literal(true) }) },
  /** The reader annotates a span of the page's article text; answers the new annotation's id. */
  annotate: { request: annotateRequestSchema, response: z.object({ id: z.uuid() }) },
  /**
   * Where the page's annotations anchor in its text: ids and spans only. Notes, tags and verdicts
   * never enter the page's process; the editor frame reads them from the background itself.
   */
  pageAnnotations: { request: z.object({ url: httpUrl }), response: pageNoteSpansSchema },
  /** The card edits these annotations of the tab's page: the frame it embeds asks `editorSession`. */
  openEditor: { request: openEditorRequestSchema, response: z.object({ session: z.uuid() }) },
} satisfies MessageMap;

/**
 * Messages extension pages (popup, side panel, options, the editor frame inside a page's card) may
 * send to the background.
 */
export const uiToBackground = {
  /** What the extension knows of a tab: unsupported, pending, not an article, or an article. */
  getTabState: { request: z.object({ tabId: z.number().int().min(0) }), response: tabStateSchema },
  /** Adds the tab's article to the tracked corpus (or replaces the tracked copy). */
  trackTab: { request: z.object({ tabId: z.number().int().min(0) }), response: trackResultSchema },
  /** The tab's article matched against the corpus as it is now (`null`: no article read there). */
  getTabMatches: { request: z.object({ tabId: z.number().int().min(0) }), response: tabMatchesSchema },
  /** Scrolls the tab to one of its article's passages and flashes it. */
  revealPassage: { request: z.object({ tabId: z.number().int().min(0), ordinal: z.number().int().min(0) }), response: z.object({ revealed: z.boolean() }) },
  /** The annotations of the tab's article, placed in its text (`null`: no article read there). */
  getTabAnnotations: { request: z.object({ tabId: z.number().int().min(0) }), response: pageAnnotationsSchema.nullable() },
  /** Syncs with the team server now (the reader pressed "Sync now"); fails with the server's reason. */
  syncNow: { request: z.object({}), response: z.object({ pushed: z.number().int().min(0), pulled: z.number().int().min(0), conflicts: z.number().int().min(0), rejected: z.array(z.string()), lastSyncedAt: z.string() }) },
  /** An extension page changed annotations in the database: repaint pages, schedule sync. */
  annotationsWritten: { request: z.object({}), response: z.object({}) },
  /** The editor frame asks what its tab's card edits (`null`: nothing, or another frame has it). */
  editorSession: { request: z.object({}), response: editorSessionSchema.nullable() },
  /** The editor frame saves an annotation's body. */
  editorSave: { request: z.object({ id: z.uuid(), body: annotationBodySchema }), response: annotationSchema },
  /** The editor frame deletes (tombstones) an annotation. */
  editorDelete: { request: z.object({ id: z.uuid() }), response: annotationSchema },
  /** The editor frame tells its tab's card it is drawn, resized, or done (passed on to the content script). */
  editorEvent: { request: editorFrameMessageSchema, response: z.object({ delivered: z.boolean() }) },
} satisfies MessageMap;

/** Messages the background may send to a tab's content script. */
export const backgroundToContent = {
  /** Asks the content script to describe its page again (e.g. after a service-worker restart). */
  describePage: { request: z.object({}), response: pageReportSchema },
  /** Asks the content script for its article as text (to track it). */
  pageText: { request: z.object({}), response: pageTextSchema },
  /** Scrolls to one of the page's passages and flashes it. */
  showPassage: { request: z.object({ ordinal: z.number().int().min(0) }), response: z.object({ revealed: z.boolean() }) },
  /** Annotations changed (elsewhere, or by sync): fetch and paint the page's again. */
  annotationsChanged: { request: z.object({}), response: z.object({}) },
  /** The reader asked (context menu, keyboard) to annotate the current selection. */
  annotateSelection: { request: z.object({}), response: z.object({ created: z.boolean() }) },
  /** The card's editor frame is drawn, resized or done; `handled` is false for a frame no longer shown. */
  editorFrameEvent: { request: editorFrameMessageSchema, response: z.object({ handled: z.boolean() }) },
} satisfies MessageMap;

/** Messages the background broadcasts to extension pages. */
export const backgroundToUi = {
  /** A tab's state changed (its content script reported, or it navigated away). */
  tabStateChanged: { request: z.object({ tabId: z.number().int().min(0) }), response: z.object({}) },
} satisfies MessageMap;

/** Messages the background broadcasts to editor frames. */
export const backgroundToFrame = {
  /** Annotations changed (here, in the side panel, or by sync): ask for the session again. */
  editorRefresh: { request: z.object({}), response: z.object({}) },
} satisfies MessageMap;

export type RequestOf<M extends MessageMap, K extends keyof M> = z.infer<M[K]['request']>;
export type ResponseOf<M extends MessageMap, K extends keyof M> = z.infer<M[K]['response']>;

const envelopeSchema = z.object({ claimtrail: z.literal(1), type: z.string(), payload: z.unknown() });

/**
 * Whether a raw message is one of ours and named in `map`. Extension pages hear every
 * `runtime.sendMessage` of the other contexts, so they must leave alone what is not for them:
 * answering it would race the real receiver's answer.
 */
export function isMessageOf(map: MessageMap, raw: unknown): boolean {
  return isEnvelope(raw) && Object.hasOwn(map, raw.type);
}

/** Parses a raw incoming message against a direction's map. */
export function parseRequest<M extends MessageMap>(
  map: M,
  raw: unknown,
): Result<{ type: keyof M & string; payload: unknown }> {
  const wire = envelopeSchema.safeParse(raw);
  if (!wire.success) return fail('invalidMessage', `Not a ClaimTrail message:\n${describeZodError(wire.error)}`);
  const { type, payload } = wire.data;
  const spec = Object.hasOwn(map, type) ? map[type] : undefined;
  if (!spec) return fail('unknownMessage', `Unknown message "${type.slice(0, 80)}".`);
  const parsed = spec.request.safeParse(payload);
  if (!parsed.success) return fail('invalidMessage', `Invalid "${type}" message:\n${describeZodError(parsed.error)}`);
  return ok({ type, payload: parsed.data });
}

/** One handler per message of a map; `C` is what the transport knows of the sender. */
export type Handlers<M extends MessageMap, C> = {
  [K in keyof M]: (payload: RequestOf<M, K>, context: C) => Promise<ResponseOf<M, K>>;
};

/**
 * Parses `raw`, runs its handler and checks the answer against the response schema. Never
 * throws: a failing handler becomes `handlerFailed` with its message.
 */
export async function dispatch<M extends MessageMap, C>(
  map: M,
  handlers: Handlers<M, C>,
  raw: unknown,
  context: C,
): Promise<Result<unknown>> {
  const request = parseRequest(map, raw);
  if (!request.ok) return request;
  const { type, payload } = request.value;
  try {
    const answer = await handlers[type](payload as RequestOf<M, typeof type>, context);
    const checked = map[type]!.response.safeParse(answer);
    if (!checked.success) return fail('handlerFailed', `"${type}" gave an invalid answer:\n${describeZodError(checked.error)}`);
    return ok(checked.data);
  } catch (error) {
    return fail('handlerFailed', `"${type}" failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Sends a wire message and resolves with the raw answer (webextension `sendMessage` and kin). */
export type Transport = (message: Envelope) => Promise<unknown>;

/**
 * A typed caller for one direction. Transport failures (no receiver, context gone) and malformed
 * answers come back as `unreachable` / `invalidMessage` results.
 */
export function createClient<M extends MessageMap>(map: M, transport: Transport) {
  return async function call<K extends keyof M & string>(type: K, payload: RequestOf<M, K>): Promise<Result<ResponseOf<M, K>>> {
    let raw: unknown;
    try {
      raw = await transport(envelope<M, K>(type, payload));
    } catch (error) {
      return fail('unreachable', `No answer to "${type}": ${error instanceof Error ? error.message : String(error)}`);
    }
    return parseAnswer(map, type, raw);
  };
}

const answerSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes), message: z.string() }) }),
]);

function parseAnswer<M extends MessageMap, K extends keyof M & string>(map: M, type: K, raw: unknown): Result<ResponseOf<M, K>> {
  const answer = answerSchema.safeParse(raw);
  if (!answer.success) return fail('invalidMessage', `Malformed answer to "${type}".`);
  if (!answer.data.ok) return { ok: false, error: answer.data.error };
  const value = map[type]!.response.safeParse(answer.data.value);
  if (!value.success) return fail('invalidMessage', `Invalid answer to "${type}":\n${describeZodError(value.error)}`);
  return ok(value.data as ResponseOf<M, K>);
}
