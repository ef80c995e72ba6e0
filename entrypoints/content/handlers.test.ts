// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { renderNonArticlePage, renderPage } from '../../fixtures/render-page';
import { hostilePage } from '../../fixtures/hostile-pages';
import { pickSite } from '../../lib/sites';
import { uuid } from '../../tests/annotations';
import { describePage } from './describe-page';
import { contentScriptHandlers, contentScriptListener } from './handlers';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const SHOWN = uuid(1);

describe('content script', () => {
  it('describes an article page by its outlet and headline, as text', () => {
    const page = hostilePage('globaltimes', 'desktop');
    const url = new URL(page.url);
    expect(describePage(pickSite(url)!, url, parse(renderPage(page)))).toEqual({ kind: 'article', url: page.url, outletId: 'globaltimes', title: page.title });
  });

  it('describes a non-article page of a supported site as such', () => {
    const { url, html } = renderNonArticlePage('netease');
    expect(describePage(pickSite(url)!, new URL(url), parse(html))).toEqual({ kind: 'notArticle', url, outletId: 'netease' });
  });

  it('answers describePage from the background and leaves every other message alone', async () => {
    const report = { kind: 'notArticle', url: 'https://www.ft.com/', outletId: 'ft' } as const;
    const listener = contentScriptListener(
      contentScriptHandlers(
        () => report,
        () => {
          throw new Error('this page is not an article');
        },
        { reveal: (ordinal) => ordinal === 2, paintNotes: async () => undefined, annotateSelection: async () => false, editorFrameEvent: ({ session }) => session === SHOWN },
      ),
    );
    // The answer comes through sendResponse; `true` tells the browser it comes later.
    const answer = (message: unknown) => new Promise((resolve) => expect(listener(message, undefined, resolve)).toBe(true));
    expect(await answer({ claimtrail: 1, type: 'showPassage', payload: { ordinal: 2 } })).toEqual({ ok: true, value: { revealed: true } });
    expect(await answer({ claimtrail: 1, type: 'describePage', payload: {} })).toEqual({ ok: true, value: report });
    expect(await answer({ claimtrail: 1, type: 'pageText', payload: {} })).toEqual({ ok: false, error: { code: 'handlerFailed', message: 'this page is not an article' } });
    // The editor frame's events reach the card only for the frame it shows.
    expect(await answer({ claimtrail: 1, type: 'editorFrameEvent', payload: { session: SHOWN, event: { kind: 'close' } } })).toEqual({ ok: true, value: { handled: true } });
    expect(await answer({ claimtrail: 1, type: 'editorFrameEvent', payload: { session: uuid(9), event: { kind: 'close' } } })).toEqual({ ok: true, value: { handled: false } });
    const unanswered = vi.fn();
    expect(listener({ claimtrail: 1, type: 'reportPage', payload: report }, undefined, unanswered)).toBeUndefined();
    expect(listener({ claimtrail: 1, type: 'toString', payload: {} }, undefined, unanswered)).toBeUndefined();
    expect(listener('hello', undefined, unanswered)).toBeUndefined();
    expect(unanswered).not.toHaveBeenCalled();
  });
});
