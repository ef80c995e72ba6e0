/**
 * Reads W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/) written by
 * ClaimTrail or by another tool, and turns each into a ClaimTrail annotation. Lenient in the
 * forms the model allows, strict in what ClaimTrail needs: a web page and a quote to anchor to.
 * Each item is judged alone, so one bad annotation costs only itself.
 *
 * Longer than 300 lines because it is one conversion (file → items → target, body, dates, ids)
 * whose steps share the path-reporting helpers; split, those would be exported only for each other.
 */
import { z } from 'zod';
import { hash64 } from '../ids';
import { fail, ok, type Result } from '../result';
import { annotationSchema, textPositionSelectorSchema, verdictSchema, type Annotation, type AnnotationBody } from '../schema';
import {
  MAX_W3C_ITEMS,
  w3cAnnotationInputSchema,
  w3cTargetInputSchema,
  w3cTextQuoteInputSchema,
  w3cTextualBodyInputSchema,
  type W3cAnnotationInput,
} from '../schema/w3c';
import { isoDateTimeSchema } from '../schema/primitives';
import { withNewRevision } from '../sync/merge-annotation';
import { describeZodError, formatPath } from '../zod-errors';
import { contentDigest } from './w3c-export';

/** What an import needs from its caller. */
export interface W3cImportOptions {
  /** ISO date-time for annotations that carry no `created` or `modified`. */
  now: string;
  /** A fresh UUID, for annotations that have no id of their own. */
  newId: () => string;
}

/** An item that could not be imported: its position among the file's annotations and why. */
export interface W3cRejection {
  index: number;
  /** Led by the field path inside the item, e.g. `target.selector[0].exact: …`. */
  reason: string;
}

/** The annotations read from a file, ready for `mergeIncomingAnnotations`, and those refused. */
export interface W3cImport {
  annotations: Annotation[];
  rejected: W3cRejection[];
}

type Path = PropertyKey[];

/**
 * Reads a parsed JSON value: an `AnnotationCollection` (its pages embedded), a bare
 * `AnnotationPage`, one `Annotation`, or an array of annotations. Fails with `invalidBundle` for
 * anything else, for pages given only by reference, and for more than `MAX_W3C_ITEMS` annotations;
 * otherwise every item is either converted (and valid by `annotationSchema`) or rejected with its
 * reason. Nothing is written: pass `annotations` to `mergeIncomingAnnotations(db, …, 'import')`.
 *
 * Ids: `urn:uuid:<uuid>` (or a bare UUID) is kept; another IRI becomes a UUID derived from it, so
 * importing the same file again updates instead of duplicating; no id (or a blank node `_:…`)
 * gets `newId()`. Missing dates are `now`. A foreign annotation's revision is derived from its
 * content, for the same reason; one of ours whose content no longer matches its digest (edited by
 * another tool) becomes a new edit of the revision it names.
 */
export function parseAnnotationCollection(json: unknown, options: W3cImportOptions): Result<W3cImport> {
  const items = itemsOf(json);
  if (!items.ok) return items;
  const annotations: Annotation[] = [];
  const rejected: W3cRejection[] = [];
  const firstIndexOf = new Map<string, number>();
  items.value.forEach((item, index) => {
    const converted = toAnnotation(item, options);
    const first = converted.ok ? firstIndexOf.get(converted.value.id) : undefined;
    if (!converted.ok) rejected.push({ index, reason: converted.error });
    else if (first !== undefined) rejected.push({ index, reason: `id: the same annotation as item ${first}` });
    else {
      firstIndexOf.set(converted.value.id, index);
      annotations.push(converted.value);
    }
  });
  return ok({ annotations, rejected });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const typesOf = (record: Record<string, unknown>): unknown[] => [record['type']].flat();
const invalid = (message: string) => fail('invalidBundle', `Not a W3C Web Annotation file that ClaimTrail can read: ${message}`);

function itemsOf(json: unknown): Result<unknown[]> {
  if (Array.isArray(json)) return capped(json);
  if (!isRecord(json)) return invalid(`expected a JSON object or array, found ${json === null ? 'null' : typeof json}.`);
  const types = typesOf(json);
  if (types.includes('AnnotationCollection')) return collectionItems(json);
  if (types.includes('AnnotationPage')) return pageChainItems(json, []);
  if (types.some((type) => type === 'Annotation' || type === 'oa:Annotation')) return ok([json]);
  const found = json['type'] === undefined ? 'no type' : `type ${JSON.stringify(json['type'])}`;
  return invalid(`the top-level object has ${found}; expected an AnnotationCollection, an AnnotationPage, an Annotation or an array of annotations.`);
}

const tooMany = () => invalid(`it holds more than ${MAX_W3C_ITEMS.toLocaleString('en')} annotations; split it into smaller files.`);
const capped = (items: unknown[]): Result<unknown[]> => (items.length > MAX_W3C_ITEMS ? tooMany() : ok(items));

function collectionItems(collection: Record<string, unknown>): Result<unknown[]> {
  if (collection['first'] !== undefined) return pageChainItems(collection['first'], ['first']);
  const total = collection['total'];
  return typeof total === 'number' && total > 0 ? invalid(`the collection counts ${total} annotations but holds no page (first).`) : ok([]);
}

/** The items of a page and of the pages embedded after it (`next`), in order. */
function pageChainItems(first: unknown, path: Path): Result<unknown[]> {
  const items: unknown[] = [];
  const seen = new Set<unknown>();
  for (let page = first; page !== undefined && !seen.has(page); page = isRecord(page) ? page['next'] : undefined) {
    seen.add(page);
    if (typeof page === 'string') return invalid(`${formatPath(path)}: pages by reference are not supported (${page}); save the collection with its pages embedded.`);
    if (!isRecord(page) || !Array.isArray(page['items'])) return invalid(`${formatPath(path)}: expected an AnnotationPage with an items array.`);
    const pageItems = page['items'] as unknown[];
    if (items.length + pageItems.length > MAX_W3C_ITEMS) return tooMany();
    for (const item of pageItems) items.push(item);
    path = [...path, 'next'];
  }
  return ok(items);
}

/** One item as a ClaimTrail annotation, or the reason it cannot be one. */
function toAnnotation(raw: unknown, options: W3cImportOptions): Result<Annotation, string> {
  const parsed = parseAt(w3cAnnotationInputSchema, raw, []);
  if (!parsed.ok) return parsed;
  const item = parsed.value;
  const target = readTarget(item.target);
  if (!target.ok) return target;
  const body = readBody(item);
  if (!body.ok) return body;
  const created = readDate(item.created, 'created', options.now);
  if (!created.ok) return created;
  const modified = readDate(item.modified, 'modified', options.now);
  if (!modified.ok) return modified;
  const passageId = item['claimtrail:passageId'];
  const content = { id: readId(item.id, options.newId), type: 'Annotation' as const, target: target.value, body: body.value, ...(passageId ? { passageId } : {}) };
  const checked = annotationSchema.safeParse({ ...content, created: created.value, modified: modified.value, deleted: false, ...revisionOf(item, content) });
  if (!checked.success) return reject(`as a ClaimTrail annotation, ${describeZodError(checked.error)}`);
  const digest = item['claimtrail:digest'];
  const editedElsewhere = item['claimtrail:revision'] !== undefined && digest !== undefined && digest !== contentDigest(checked.data);
  return ok(editedElsewhere ? withNewRevision(checked.data) : checked.data);
}

/**
 * The revision the item names, or for a foreign annotation one derived from its content, not its
 * dates (which may be `now`): importing the same file twice then finds the same revision and
 * writes nothing.
 */
function revisionOf(item: W3cAnnotationInput, content: object): Pick<Annotation, 'revision' | 'history'> {
  const { 'claimtrail:revision': revision, 'claimtrail:history': history } = item;
  if (revision === undefined) return { revision: `1-${hash64(JSON.stringify(content))}` };
  return history ? { revision, history } : { revision };
}

const reject = (reason: string): Result<never, string> => ({ ok: false, error: reason });

/** A value found at a field path inside the item. */
interface Located {
  value: unknown;
  path: Path;
}

/** The values of a property that may hold one value or an array of them, each with its path. */
function entries(value: unknown, path: Path): Located[] {
  if (Array.isArray(value)) return value.map((entry: unknown, index) => ({ value: entry, path: [...path, index] }));
  return value === undefined ? [] : [{ value, path }];
}

/** Parses `value` found at `path`, so each problem is reported with its path inside the item. */
function parseAt<T>(schema: z.ZodType<T>, value: unknown, path: Path): Result<T, string> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  return reject(describeZodError(new z.ZodError(issues)));
}

/** The first target with a TextQuoteSelector: ClaimTrail can only anchor to quoted text. */
function readTarget(target: W3cAnnotationInput['target']): Result<Annotation['target'], string> {
  if (typeof target === 'string') return reject(`target: a bare address (${target}) has no TextQuoteSelector, so there is no passage to anchor to`);
  for (const { value, path } of entries(target, ['target'])) {
    if (!isRecord(value)) continue;
    const quote = findQuote(value['selector'], [...path, 'selector'], 0);
    if (quote) return targetFrom(value, quote, path);
  }
  return reject('target: no TextQuoteSelector; ClaimTrail anchors an annotation to the text it quotes');
}

/** How deep `refinedBy` chains are followed: real ones are one or two steps. */
const MAX_REFINEMENT_DEPTH = 4;

/** A TextQuoteSelector among `selector`, or inside a selector's `refinedBy` (as in a RangeSelector refined to a quote). */
function findQuote(selector: unknown, path: Path, depth: number): Located | undefined {
  if (depth > MAX_REFINEMENT_DEPTH) return undefined;
  for (const entry of entries(selector, path)) {
    if (!isRecord(entry.value)) continue;
    if (entry.value['type'] === 'TextQuoteSelector') return entry;
    const refined = findQuote(entry.value['refinedBy'], [...entry.path, 'refinedBy'], depth + 1);
    if (refined) return refined;
  }
  return undefined;
}

/** Characters of context ClaimTrail keeps each side of a quote (see `textQuoteSelectorSchema`). */
const MAX_CONTEXT = 64;

function targetFrom(raw: Record<string, unknown>, quote: Located, path: Path): Result<Annotation['target'], string> {
  const fields = parseAt(w3cTargetInputSchema, raw, path);
  if (!fields.ok) return fields;
  const exact = parseAt(w3cTextQuoteInputSchema, quote.value, quote.path);
  if (!exact.ok) return exact;
  // Only a top-level TextPositionSelector counts: inside `refinedBy` its offsets are relative to
  // the refined selection, not to the page's text.
  const position = entries(raw['selector'], [...path, 'selector']).find((entry) => isRecord(entry.value) && entry.value['type'] === 'TextPositionSelector');
  const start = position ? parseAt(textPositionSelectorSchema, position.value, position.path) : undefined;
  if (start && !start.ok) return start;
  // Other tools may keep more context than ClaimTrail does; the part nearest the quote anchors best.
  const { prefix, suffix } = exact.value;
  const quoteSelector = { ...exact.value, prefix: prefix.slice(-MAX_CONTEXT), suffix: suffix.slice(0, MAX_CONTEXT) };
  const { source, 'claimtrail:pageUrl': pageUrl, 'claimtrail:fingerprint': fingerprint } = fields.value;
  return ok({
    source: pageUrl ?? source,
    canonicalUrl: source,
    selector: start ? [quoteSelector, start.value] : [quoteSelector],
    ...(fingerprint ? { fingerprint } : {}),
  });
}

/** A body part's text and the purpose it was given, if any. */
interface BodyText {
  text: string;
  purpose?: string;
}

/** Note, tags and verdict from the body parts, by purpose (or, lacking one, by the sole motivation). */
function readBody(item: W3cAnnotationInput): Result<AnnotationBody, string> {
  const texts = bodyTexts(item);
  if (!texts.ok) return texts;
  const motivations = [item.motivation ?? []].flat();
  const fallback = motivations.length === 1 ? motivations[0] : undefined;
  const notes: string[] = [];
  const tags: string[] = [];
  const assessments: string[] = [];
  for (const { text, purpose = fallback } of texts.value) {
    if (purpose === 'tagging') tags.push(text.trim());
    else if (purpose === 'assessing' || purpose === 'classifying') assessments.push(text.trim());
    else notes.push(text);
  }
  const [assessment, ...more] = assessments.filter(Boolean);
  return ok({
    // A second assessment has no field of its own: it is kept in the note rather than lost.
    note: [...notes, ...more].join('\n\n'),
    tags: [...new Set(tags.filter(Boolean))],
    ...(assessment ? verdictFrom(assessment) : {}),
  });
}

function bodyTexts(item: W3cAnnotationInput): Result<BodyText[], string> {
  const texts: BodyText[] = item.bodyValue === undefined ? [] : [{ text: item.bodyValue }];
  for (const { value, path } of entries(item.body, ['body'])) {
    const text = bodyText(value, path);
    if (!text.ok) return text;
    if (text.value) texts.push(text.value);
  }
  return ok(texts);
}

/**
 * The text of one body part: a TextualBody's `value`; a Choice's first (default) option; for a
 * body given by reference (a string, or a resource with only an `id` or `source`), its address,
 * so the link is kept in the note. Parts without text (an image, say) are passed over.
 */
function bodyText(value: unknown, path: Path): Result<BodyText | undefined, string> {
  if (typeof value === 'string') return ok({ text: value });
  if (!isRecord(value)) return reject(`${formatPath(path)}: expected a body object or text`);
  const items = value['items'];
  if (value['type'] === 'Choice' && Array.isArray(items)) return items.length ? bodyText(items[0], [...path, 'items', 0]) : ok(undefined);
  if ('value' in value) {
    const textual = parseAt(w3cTextualBodyInputSchema, value, path);
    if (!textual.ok) return textual;
    const { value: text, format, purpose } = textual.value;
    return ok({ text: format === 'text/html' ? htmlToText(text) : text, purpose: [purpose ?? []].flat()[0] });
  }
  const link = value['source'] ?? value['id'];
  const purpose = [value['purpose']].flat().find((p): p is string => typeof p === 'string');
  return ok(typeof link === 'string' ? { text: link, purpose } : undefined);
}

/** A named verdict when the text is one (in any case), else the reader's own word as a custom verdict. */
function verdictFrom(text: string): Pick<AnnotationBody, 'verdict' | 'verdictLabel'> {
  const named = verdictSchema.safeParse(text.toLowerCase());
  return named.success ? { verdict: named.data } : { verdict: 'custom', verdictLabel: text };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Notes are plain text: an HTML body becomes its text (tags dropped, line breaks kept, entities decoded). */
function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      const code = name.startsWith('#') ? Number(name.slice(1).replace(/^x/i, '0x')) : Number.NaN;
      if (code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .trim();
}

/** An ISO date-time as given, another date form converted, a missing one `now`. */
function readDate(value: string | undefined, field: 'created' | 'modified', now: string): Result<string, string> {
  if (value === undefined) return ok(now);
  if (isoDateTimeSchema.safeParse(value).success) return ok(value);
  const time = Date.parse(value);
  return Number.isNaN(time) ? reject(`${field}: not a date (${JSON.stringify(value)})`) : ok(new Date(time).toISOString());
}

const UUID_ID = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function readId(id: string | undefined, newId: () => string): string {
  const iri = id?.trim();
  // A blank node names the annotation only inside its own file.
  if (!iri || iri.startsWith('_:')) return newId();
  const uuid = UUID_ID.exec(iri)?.[1]?.toLowerCase();
  return uuid && z.uuid().safeParse(uuid).success ? uuid : uuidFromIri(iri);
}

/** A UUID (version 8, "custom") made of two 64-bit hashes of an annotation's IRI: stable across imports. */
function uuidFromIri(iri: string): string {
  const hex = hash64(iri) + hash64(`claimtrail:id:${iri}`);
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
