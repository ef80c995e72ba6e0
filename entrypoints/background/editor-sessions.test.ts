import { describe, expect, it } from 'vitest';
import { uuid } from '../../tests/annotations';
import { EditorSessions } from './editor-sessions';

describe('editor sessions', () => {
  it('keeps one editor per tab: a new one replaces the old, whose frame then finds nothing', () => {
    let n = 0;
    const sessions = new EditorSessions(() => uuid(++n));
    expect(sessions.open(7, { ids: [uuid(100)], scheme: 'light' })).toBe(uuid(1));
    expect(sessions.claim(7, 3)).toMatchObject({ session: uuid(1), ids: [uuid(100)] });
    expect(sessions.open(7, { ids: [uuid(101)], focusId: uuid(101), scheme: 'dark' })).toBe(uuid(2));
    // The new card's frame (another frame id) takes the new session.
    expect(sessions.claim(7, 4)).toMatchObject({ session: uuid(2), focusId: uuid(101), scheme: 'dark' });
    expect(sessions.claim(7, 3)).toBeUndefined();
    expect(sessions.claim(8, 4)).toBeUndefined();
  });

  it('copies the ids it is given', () => {
    const ids = [uuid(100)];
    const sessions = new EditorSessions(() => uuid(1));
    sessions.open(7, { ids, scheme: 'light' });
    ids.push(uuid(666));
    expect(sessions.claim(7, 1)?.ids).toEqual([uuid(100)]);
  });
});
