import type { AnnotationDraft } from '../lib/store/annotation-repository';

/** A draft annotation on the sentence `exact` of a page at `url`. */
export function draftAnnotation(url = 'https://www.163.com/dy/article/K1234567890ABCDE.html', exact = 'the open models overtook', note = 'check the FT original'): AnnotationDraft {
  return {
    target: { source: url, canonicalUrl: url, selector: [{ type: 'TextQuoteSelector', exact, prefix: 'Chinese ', suffix: ' US ones' }, { type: 'TextPositionSelector', start: 8, end: 8 + exact.length }] },
    body: { note, tags: ['ai'], verdict: 'misleading' },
  };
}

/** A version-4 UUID whose last digits are `n`, so tests can tell annotations apart. */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
