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

  it('stems inflections together and keeps different words apart', () => {
    expect(stemWord('chips')).toBe(stemWord('chip'));
    expect(stemWord('computing')).toBe(stemWord('computation'));
    expect(stemWord('rise')).not.toBe(stemWord('rose'));
    expect(stemWord('house')).not.toBe(stemWord('use'));
  });
});
