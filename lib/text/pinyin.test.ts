import { describe, expect, it } from 'vitest';
import { isPinyin } from './pinyin';

describe('isPinyin', () => {
  it('accepts syllables with or without tone marks, joined or separated', () => {
    for (const text of ['lǐng', 'chuàng', 'zhōngwén', 'pīn yīn', "xī'ān", 'nǚ', 'nǎr', 'de']) expect(isPinyin(text), text).toBe(true);
  });

  it('rejects non-syllables, capitals and empty text', () => {
    for (const text of ['café', 'model', 'AI', 'Běijīng', '', ' ', '2024']) expect(isPinyin(text), text).toBe(false);
  });
});
