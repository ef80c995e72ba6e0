import { describe, expect, it } from 'vitest';
import { articleIdSchema } from './schema';
import { articleIdFor, hash64, passageIdFor } from './ids';

describe('ids', () => {
  it('derives a stable, valid article id from the canonical URL', () => {
    const id = articleIdFor('https://www.ft.com/content/9a1c2f6e-3b0d-4c8e-9f31-2d6b7a5e4c10');
    expect(id).toBe(articleIdFor('https://www.ft.com/content/9a1c2f6e-3b0d-4c8e-9f31-2d6b7a5e4c10'));
    expect(articleIdSchema.safeParse(id).success).toBe(true);
    expect(passageIdFor(id, 3)).toBe(`${id}:3`);
  });

  it('spreads 100,000 similar URLs without a collision', () => {
    const ids = new Set(Array.from({ length: 100_000 }, (_, i) => hash64(`https://www.163.com/dy/article/${i.toString(36).padStart(16, '0')}.html`)));
    expect(ids.size).toBe(100_000);
  });

  it('tells apart strings that differ in one character anywhere', () => {
    expect(hash64('金融时报')).not.toBe(hash64('金融時報'));
    expect(hash64('ab')).not.toBe(hash64('ba'));
  });
});
