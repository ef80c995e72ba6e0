import { describe, expect, it } from 'vitest';
import { stemWord } from './stem';

describe('stemWord', () => {
  it.each([
    ['Favouring', 'favoring'],
    ['organisation', 'organization'],
    ['programme', 'program'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['analysed', 'analyzed'],
    ['realised', 'realized'],
  ])('folds British %s and American %s to one stem', (british, american) => {
    expect(stemWord(british)).toBe(stemWord(american));
  });

  it('joins irregular past forms to their base', () => {
    expect(stemWord('said')).toBe(stemWord('say'));
    expect(stemWord('overtook')).toBe(stemWord('overtake'));
    expect(stemWord('led')).toBe(stemWord('leads'));
  });

  it('stems inflections together and keeps different words apart', () => {
    expect(stemWord('chips')).toBe(stemWord('chip'));
    expect(stemWord('computing')).toBe(stemWord('computation'));
    expect(stemWord('rise')).not.toBe(stemWord('raise'));
    expect(stemWord('house')).not.toBe(stemWord('use'));
  });
});
