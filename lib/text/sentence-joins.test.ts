import { describe, expect, it } from 'vitest';
import { shouldJoin } from './sentence-joins';

describe('shouldJoin', () => {
  it('joins after titles and example markers whatever follows', () => {
    expect(shouldJoin('said Mr.', 'Power')).toBe(true);
    expect(shouldJoin('for instance, e.g.', 'The Hague')).toBe(true);
  });

  it('joins after an abbreviation that may end a sentence unless a sentence starts next', () => {
    expect(shouldJoin('The U.S.', 'Senate voted.')).toBe(true);
    expect(shouldJoin('met J.', 'Smith.')).toBe(true);
    expect(shouldJoin('on Jan.', '5 it rained.')).toBe(true);
    expect(shouldJoin('surpassed the U.S.', 'This means')).toBe(false);
    expect(shouldJoin('moved to the U.K.', '“We left,” she said.')).toBe(false);
    expect(shouldJoin('公司与U.S.', '政府会面。')).toBe(true);
  });

  it('joins the lower-case rest of a sentence after "!" or "?"', () => {
    expect(shouldJoin('"We will win!"', 'he said.')).toBe(true);
    expect(shouldJoin('Will they recover?', 'Analysts doubt it!')).toBe(false);
  });

  it('never joins after a Chinese sentence end or an ordinary word', () => {
    expect(shouldJoin('他来自U.K.。', 'iPhone销量上升。')).toBe(false);
    expect(shouldJoin('Prices fell.', 'Then they rose.')).toBe(false);
  });
});
