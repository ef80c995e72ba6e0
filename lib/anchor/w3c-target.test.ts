import { describe, expect, it } from 'vitest';
import { readW3cSelectors } from './w3c-target';

const quote = { type: 'TextQuoteSelector', exact: 'the terminal', prefix: 'opened ', suffix: ' on Monday' };
const position = { type: 'TextPositionSelector', start: 20, end: 32 };

describe('readW3cSelectors', () => {
  it('reads one target with one selector, prefix and suffix optional, extra fields passed over', () => {
    const annotation = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x', type: 'Annotation', body: { value: 'a note' }, target: { source: 'https://example.com/a', selector: { type: 'TextQuoteSelector', exact: 'the terminal', refinedBy: {} } } };
    expect(readW3cSelectors(annotation)).toEqual({ ok: true, value: { quote: { exact: 'the terminal', prefix: '', suffix: '' } } });
  });

  it('reads lists of targets and selectors, skipping bare IRIs and selector types it does not read', () => {
    const annotation = { target: ['https://example.com/a', { source: 'https://example.com/a', selector: [{ type: 'RangeSelector', startSelector: {} }, position, quote] }] };
    expect(readW3cSelectors(annotation)).toEqual({ ok: true, value: { quote: { exact: 'the terminal', prefix: 'opened ', suffix: ' on Monday' }, position: { start: 20, end: 32 } } });
  });

  it.each([
    ['a non-object', 'Annotation', '(root): '],
    ['no target', { type: 'Annotation' }, 'target: Required'],
    ['no quote selector', { target: { selector: [position] } }, 'target.selector: no TextQuoteSelector'],
    ['an empty quote', { target: { selector: { ...quote, exact: '' } } }, 'target.selector.exact: '],
    ['a numeric prefix', { target: [{ selector: [position, { ...quote, prefix: 5 }] }] }, 'target[0].selector[1].prefix: '],
    ['a reversed position', { target: { selector: [quote, { ...position, end: 3 }] } }, 'target.selector[1].end: end must not be before start'],
  ])('fails for %s with the field path', (_, annotation, message) => {
    const read = readW3cSelectors(annotation);
    expect(read).toMatchObject({ ok: false, error: { code: 'invalidMessage' } });
    expect(!read.ok && read.error.message).toContain(message);
    expect(!read.ok && read.error.message).not.toContain('\n');
  });
});
