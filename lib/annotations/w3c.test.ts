import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/fake-db';
import { ok } from '../result';
import { annotationSchema, type Annotation } from '../schema';
import { w3cAnnotationCollectionSchema } from '../schema/w3c';
import { mergeIncomingAnnotations } from '../store/annotation-repository';
import { toAnnotationCollection } from './w3c-export';
import { parseAnnotationCollection, type W3cImportOptions } from './w3c-import';

const EXPORTED_AT = '2026-03-01T12:00:00.000Z';
const IMPORTED_AT = '2026-03-02T08:30:00.000Z';
const PAGE = 'https://www.ft.com/content/00000000-0000-4000-8000-000000000001';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** Fresh ids 901, 902, … as a real `crypto.randomUUID` would give fresh ones. */
const newIds = (): (() => string) => {
  let next = 900;
  return () => uuid(++next);
};
const options: W3cImportOptions = { now: IMPORTED_AT, newId: () => uuid(999) };
const generator = { name: 'ClaimTrail', homepage: 'https://example.org/claimtrail' };

function annotation(n: number, fields: Partial<Annotation> = {}): Annotation {
  return annotationSchema.parse({
    id: uuid(n),
    type: 'Annotation',
    target: { source: PAGE, canonicalUrl: PAGE, selector: [{ type: 'TextQuoteSelector', exact: `claim ${n}`, prefix: 'before ', suffix: ' after' }] },
    body: { note: '', tags: [] },
    created: `2026-02-0${n}T10:00:00.000Z`,
    modified: `2026-02-0${n}T11:00:00.000Z`,
    deleted: false,
    revision: `${n}-0abc`,
    ...fields,
  });
}

const full = annotation(1, {
  target: {
    source: `${PAGE}?ftcamp=share`,
    canonicalUrl: PAGE,
    selector: [
      { type: 'TextQuoteSelector', exact: 'Nvidia’s revenue rose 48 per cent', prefix: 'On Tuesday, ', suffix: ' in the quarter.' },
      { type: 'TextPositionSelector', start: 120, end: 153 },
    ],
    fingerprint: '0123456789abcdef',
  },
  body: { note: 'The FT said 48%, not 84%.\nSee the filing.', tags: ['chips', 'earnings'], verdict: 'misattributed' },
  passageId: 'a_0123456789abcdef:7',
  history: ['2-0abc', '1-0abc'],
});
const custom = annotation(2, { body: { note: '', tags: [], verdict: 'custom', verdictLabel: 'needs a source' } });
const tagged = annotation(3, { body: { note: '', tags: ['energy'] } });
const highlight = annotation(4);
const tombstone = annotation(5, { deleted: true });
const conflicted = annotation(6, {
  body: { note: 'kept', tags: [] },
  conflicts: [{ body: { note: 'lost', tags: [] }, modified: '2026-02-06T10:30:00.000Z', revision: '5-0def' }],
});
const library = [conflicted, tombstone, highlight, tagged, custom, full];

const exportOf = (annotations: Annotation[]) => JSON.parse(JSON.stringify(toAnnotationCollection(annotations, { generator, now: EXPORTED_AT, id: `urn:uuid:${uuid(100)}` }))) as unknown;

describe('toAnnotationCollection', () => {
  const collection = toAnnotationCollection(library, { generator, now: EXPORTED_AT, id: `urn:uuid:${uuid(100)}` });
  const items = collection.first?.items ?? [];

  it('writes an AnnotationCollection in exactly the W3C shape we declare, oldest first, without tombstones', () => {
    expect(w3cAnnotationCollectionSchema.parse(collection)).toEqual(collection);
    expect(collection['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { claimtrail: 'urn:claimtrail:ns#' }]);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 5, generated: EXPORTED_AT, generator: { type: 'Software', name: 'ClaimTrail' } });
    expect(collection.first).toMatchObject({ id: `urn:uuid:${uuid(100)}#page1`, type: 'AnnotationPage', startIndex: 0 });
    expect(items.map((item) => item.id)).toEqual([1, 2, 3, 4, 6].map((n) => `urn:uuid:${uuid(n)}`));
  });

  it('writes the note, each tag and the verdict as TextualBodies, with ClaimTrail fields under claimtrail:', () => {
    expect(items[0]).toEqual({
      id: `urn:uuid:${uuid(1)}`,
      type: 'Annotation',
      created: full.created,
      modified: full.modified,
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: full.body.note, format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'chips', format: 'text/plain', purpose: 'tagging' },
        { type: 'TextualBody', value: 'earnings', format: 'text/plain', purpose: 'tagging' },
        { type: 'TextualBody', value: 'misattributed', format: 'text/plain', purpose: 'assessing' },
      ],
      target: { source: PAGE, selector: full.target.selector, 'claimtrail:pageUrl': `${PAGE}?ftcamp=share`, 'claimtrail:fingerprint': '0123456789abcdef' },
      'claimtrail:passageId': 'a_0123456789abcdef:7',
      'claimtrail:revision': '1-0abc',
      'claimtrail:history': ['2-0abc', '1-0abc'],
      'claimtrail:digest': expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it('names the motivation by what the reader did, and leaves out losing edits', () => {
    expect(items.map((item) => item.motivation)).toEqual(['commenting', 'assessing', 'tagging', 'highlighting', 'commenting']);
    expect(items[1]?.body).toEqual([{ type: 'TextualBody', value: 'needs a source', format: 'text/plain', purpose: 'assessing' }]);
    expect(items[3]).not.toHaveProperty('body');
    expect(items[3]?.target).toEqual({ source: PAGE, selector: highlight.target.selector });
    expect(JSON.stringify(collection)).not.toContain('lost');
  });

  it('leaves out the page when there is nothing to export, and reads such a file back as empty', () => {
    const empty = toAnnotationCollection([tombstone], { generator, now: EXPORTED_AT });
    expect(empty).not.toHaveProperty('first');
    expect(empty).not.toHaveProperty('id');
    expect(parseAnnotationCollection(JSON.parse(JSON.stringify(empty)), options)).toEqual(ok({ annotations: [], rejected: [] }));
  });
});

describe('parseAnnotationCollection', () => {
  it('reads an export back unchanged, minus tombstones and losing edits', () => {
    const { conflicts: _conflicts, ...settled } = conflicted;
    expect(parseAnnotationCollection(exportOf(library), options)).toEqual(ok({ annotations: [full, custom, tagged, highlight, settled], rejected: [] }));
  });

  it('reads the W3C specification example of a TextQuoteSelector, with a stable id', () => {
    // https://www.w3.org/TR/annotation-model/#text-quote-selector (the misspelling is the spec's).
    const specExample = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno23',
      type: 'Annotation',
      body: 'http://example.org/comment1',
      target: {
        source: 'http://example.org/page1',
        selector: { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' },
      },
    };
    const result = parseAnnotationCollection(specExample, options);
    const [imported] = result.ok ? result.value.annotations : [];
    expect(imported).toMatchObject({
      type: 'Annotation',
      target: { source: 'http://example.org/page1', canonicalUrl: 'http://example.org/page1', selector: [specExample.target.selector] },
      body: { note: 'http://example.org/comment1', tags: [] },
      created: IMPORTED_AT,
      modified: IMPORTED_AT,
      deleted: false,
    });
    expect(imported?.id).not.toBe(uuid(999));
    const again = parseAnnotationCollection(specExample, { now: EXPORTED_AT, newId: () => uuid(998) });
    expect(again.ok && again.value.annotations[0]).toMatchObject({ id: imported?.id, revision: imported?.revision });
  });

  it('reads the forms other tools write: target and selector lists, refinements, bodies by purpose or motivation', () => {
    const quote = { type: 'TextQuoteSelector', exact: 'the quoted words' };
    const target = { source: PAGE, selector: [{ type: 'RangeSelector', startSelector: {}, endSelector: {} }, { type: 'TextPositionSelector', start: 3, end: 19 }, quote] };
    const page = {
      type: 'AnnotationPage',
      items: [
        { type: 'Annotation', id: `urn:uuid:${uuid(7).toUpperCase()}`, created: '2026-01-05T09:00:00+01:00', target: ['https://example.org/no-selector', { source: PAGE }, target], body: [{ type: 'TextualBody', value: 'a **markdown** note', format: 'text/markdown' }, { type: 'TextualBody', purpose: 'tagging', value: ' energy ' }, { type: 'TextualBody', purpose: 'tagging', value: 'energy' }] },
        { type: ['Annotation'], id: '_:b0', target: { source: PAGE, selector: { type: 'FragmentSelector', value: 'para5', refinedBy: { ...quote, prefix: 'x'.repeat(100), suffix: 'y'.repeat(100) } } }, bodyValue: 'plain', body: { type: 'Choice', items: [{ type: 'TextualBody', value: '<p>Tom &amp; Jerry&#39;s<br>line</p>', format: 'text/html' }, { type: 'TextualBody', value: 'other' }] } },
        { type: 'oa:Annotation', motivation: 'tagging', target, body: [{ type: 'TextualBody', value: 'labour' }, { type: 'SpecificResource', purpose: 'tagging', source: 'http://www.wikidata.org/entity/Q42' }, { type: 'Image', format: 'image/png' }] },
        { type: 'Annotation', motivation: 'assessing', target, modified: '2026-01-05', body: [{ type: 'TextualBody', value: 'Misleading' }, { type: 'TextualBody', purpose: 'assessing', value: 'a bit odd' }] },
        { type: 'Annotation', target, body: { type: 'TextualBody', purpose: 'classifying', value: 'cherry-picked' } },
      ],
    };
    const result = parseAnnotationCollection(page, { now: IMPORTED_AT, newId: newIds() });
    expect(result.ok && result.value.rejected).toEqual([]);
    const [hypothesisLike, refined, tagging, assessing, classified] = result.ok ? result.value.annotations : [];
    expect(hypothesisLike).toMatchObject({ id: uuid(7), created: '2026-01-05T09:00:00+01:00', modified: IMPORTED_AT, body: { note: 'a **markdown** note', tags: ['energy'] } });
    expect(hypothesisLike?.target.selector).toEqual([{ ...quote, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 3, end: 19 }]);
    expect(refined).toMatchObject({ id: uuid(901), body: { note: "plain\n\nTom & Jerry's\nline", tags: [] } });
    expect(refined?.target.selector).toEqual([{ ...quote, prefix: 'x'.repeat(64), suffix: 'y'.repeat(64) }]);
    expect(tagging?.body).toEqual({ note: '', tags: ['labour', 'http://www.wikidata.org/entity/Q42'] });
    expect(assessing).toMatchObject({ modified: '2026-01-05T00:00:00.000Z', body: { note: 'a bit odd', tags: [], verdict: 'misleading' } });
    expect(classified?.body).toEqual({ note: '', tags: [], verdict: 'custom', verdictLabel: 'cherry-picked' });
  });

  it('keeps the valid items of a mix and reports each invalid one with its field path', () => {
    const target = { source: PAGE, selector: { type: 'TextQuoteSelector', exact: 'words' } };
    const valid = { type: 'Annotation', id: `urn:uuid:${uuid(8)}`, target, body: 'note' };
    const items = [
      valid,
      { type: 'Annotation', target: PAGE },
      { type: 'Annotation', body: 'no target' },
      { type: 'Annotation', target: { source: PAGE, selector: { type: 'FragmentSelector', value: 'para5' } } },
      { type: 'Annotation', target: { ...target, source: 'ftp://example.org/file' } },
      { type: 'Annotation', target: { source: PAGE, selector: [target.selector, { type: 'TextPositionSelector', start: 9, end: 2 }] } },
      { type: 'Annotation', target, body: { type: 'TextualBody', purpose: 'tagging', value: 't'.repeat(65) } },
      { type: 'Annotation', target, body: ['fine', 42] },
      { type: 'Note', target },
      { type: 'Annotation', target, created: 'yesterday' },
      { ...valid, body: 'same id again' },
      null,
      { type: 'Annotation', target: { source: PAGE, selector: { type: 'TextQuoteSelector', exact: '' } } },
      { type: 'Annotation', target, body: { type: 'TextualBody', value: 7 } },
      { ...valid, id: undefined, 'claimtrail:revision': 'three' },
    ];
    const result = parseAnnotationCollection({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } }, options);
    expect(result.ok && result.value.annotations.map((a) => a.id)).toEqual([uuid(8)]);
    const reasons = result.ok ? result.value.rejected : [];
    expect(reasons.map((r) => r.index)).toEqual(items.map((_item, index) => index).slice(1));
    const expected = [
      /^target: a bare address \(https:\/\/www\.ft\.com\/.*\) has no TextQuoteSelector/,
      /^target: missing: an annotation needs a target$/,
      /^target: no TextQuoteSelector/,
      /^target\.source: an http\(s\) URL$/,
      /^target\.selector\[1\]\.end: end must not be before start$/,
      /^as a ClaimTrail annotation, body\.tags\[0\]: .*64/,
      /^body\[1\]: expected a body object or text$/,
      /^type: expected "Annotation"$/,
      /^created: not a date \("yesterday"\)$/,
      /^id: the same annotation as item 0$/,
      /^\(root\): .*object/,
      /^target\.selector\.exact: /,
      /^body\.value: .*string/,
      /^claimtrail:revision: a revision such as/,
    ];
    reasons.forEach((rejection, i) => expect(rejection.reason).toMatch(expected[i]!));
  });

  it.each([
    ['a number', 42, /expected a JSON object or array, found number/],
    ['a string', 'not json', /found string/],
    ['null', null, /found null/],
    ['an object without a type', {}, /has no type; expected an AnnotationCollection/],
    ['another type', { type: 'OrderedCollection' }, /has type "OrderedCollection"/],
    ['a page by reference', { type: 'AnnotationCollection', first: 'http://example.org/page1' }, /^.*first: pages by reference are not supported \(http:\/\/example\.org\/page1\)/],
    ['a next page by reference', { type: 'AnnotationPage', items: [], next: 'http://example.org/page2' }, /next: pages by reference are not supported/],
    ['a page without items', { type: ['AnnotationCollection'], first: { type: 'AnnotationPage' } }, /first: expected an AnnotationPage with an items array/],
    ['a collection without its page', { type: 'AnnotationCollection', total: 3 }, /counts 3 annotations but holds no page/],
    ['too many items', Array.from({ length: 50_001 }, () => null), /more than 50,000 annotations/],
  ])('refuses %s as a whole', (_name, json, message) => {
    const result = parseAnnotationCollection(json, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalidBundle');
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it('reads pages embedded one after another', () => {
    const item = (n: number) => ({ type: 'Annotation', id: `urn:uuid:${uuid(n)}`, target: { source: PAGE, selector: { type: 'TextQuoteSelector', exact: `q${n}` } } });
    const collection = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [item(1)], next: { type: 'AnnotationPage', items: [item(2)] } } };
    const result = parseAnnotationCollection(collection, options);
    expect(result.ok && result.value.annotations.map((a) => a.id)).toEqual([uuid(1), uuid(2)]);
  });
});

describe('importing through mergeIncomingAnnotations', () => {
  it('writes every valid annotation in one go, and nothing when the same file is imported again', async () => {
    const db = freshDb();
    const file = exportOf(library) as { first: { items: unknown[] } };
    file.first.items.push({ type: 'Annotation', id: 'http://example.org/anno23', target: { source: 'http://example.org/page1', selector: { type: 'TextQuoteSelector', exact: 'anotation' } } });
    file.first.items.push({ type: 'Annotation', target: 'http://example.org/page1' });
    const parsed = parseAnnotationCollection(file, options);
    expect(parsed.ok && parsed.value.rejected.map((r) => r.index)).toEqual([6]);
    const first = await mergeIncomingAnnotations(db, parsed.ok ? parsed.value.annotations : [], 'import');
    expect(first.ok && first.value).toMatchObject({ rejected: [] });
    expect(first.ok && first.value.written).toHaveLength(6);
    expect(await db.annotations.count()).toBe(6);

    const reparsed = parseAnnotationCollection(file, { now: '2026-04-01T00:00:00.000Z', newId: () => uuid(997) });
    const second = await mergeIncomingAnnotations(db, reparsed.ok ? reparsed.value.annotations : [], 'import');
    expect(second).toEqual(ok({ written: [], rejected: [] }));
    expect(await db.annotations.count()).toBe(6);
  });

  it('takes an edit made by another tool that kept the claimtrail: properties as a new edit, not a conflict', async () => {
    const db = freshDb();
    await mergeIncomingAnnotations(db, [full], 'import');
    const file = exportOf([full]) as { first: { items: { modified: string; body: { value: string }[] }[] } };
    const [item] = file.first.items;
    item!.body[0]!.value = 'Corrected elsewhere.';
    item!.modified = '2026-02-20T09:00:00.000Z';
    const parsed = parseAnnotationCollection(file, options);
    const merged = await mergeIncomingAnnotations(db, parsed.ok ? parsed.value.annotations : [], 'import');
    expect(merged.ok && merged.value.written).toHaveLength(1);
    const stored = await db.annotations.get(full.id);
    expect(stored).toMatchObject({ body: { note: 'Corrected elsewhere.' }, history: [full.revision, ...full.history!] });
    expect(stored?.revision).toMatch(/^2-/);
    expect(stored).not.toHaveProperty('conflicts');
  });
});
