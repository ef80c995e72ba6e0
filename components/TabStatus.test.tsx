// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { TabState } from '../lib/schema';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { TabStatus } from './TabStatus';

const article: TabState = { kind: 'article', url: 'https://www.ft.com/content/00000000-0000-4000-8000-000000000001', outletId: 'ft', title: '<img src=x onerror=alert(1)> Title' };

describe('TabStatus', () => {
  it.each<[TabState | undefined, string]>([
    [undefined, 'Checking this tab…'],
    [{ kind: 'unsupported' }, 'ClaimTrail does not read this site.'],
    [{ kind: 'pending', url: 'https://www.163.com/' }, 'Waiting for the page'],
    [{ kind: 'notArticle', url: 'https://www.globaltimes.cn/', outletId: 'globaltimes' }, 'This Global Times page is not an article.'],
    [article, 'Recognised article from Financial Times'],
  ])('describes %o', async (state, text) => {
    const { getByTestId, container } = renderWithI18n(<TabStatus state={state} />);
    expect(getByTestId('tab-status').textContent).toContain(text);
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('shows a page title as text, never as markup', () => {
    const { getByTestId } = renderWithI18n(<TabStatus state={article} />);
    expect(getByTestId('tab-status').querySelector('img')).toBeNull();
    expect(getByTestId('tab-status').textContent).toContain('<img src=x onerror=alert(1)> Title');
  });

  it('says how many of the article’s sentences the tracked corpus holds, once matched', async () => {
    const matched: TabState = { ...article, matches: { passages: 24, same: 21, supports: 1, source: 'snapshot', tookMs: 30, tracked: false } };
    const { getByTestId, container } = renderWithI18n(<TabStatus state={matched} />);
    expect(getByTestId('match-summary').textContent).toBe('22 of its 24 sentences are already in your tracked coverage.');
    expect(await accessibilityViolations(container)).toEqual([]);
    expect(renderWithI18n(<TabStatus state={matched} locale="zh-CN" />, 'zh_CN').getAllByTestId('match-summary')[1]!.textContent).toBe('本文 24 句中有 22 句已见于你跟踪的报道。');
  });

  it('offers to track an untracked article, reports a failure, and says when it is tracked', async () => {
    const matched: TabState = { ...article, matches: { passages: 24, same: 21, supports: 1, source: 'snapshot', tookMs: 30, tracked: false } };
    const onTrack = vi.fn(async () => 'storage quota exceeded');
    const { getByTestId, findByTestId, container } = renderWithI18n(<TabStatus state={matched} onTrack={onTrack} />);
    fireEvent.click(getByTestId('track'));
    expect((await findByTestId('track-error')).textContent).toBe('Not tracked: storage quota exceeded');
    expect(onTrack).toHaveBeenCalledTimes(1);
    expect(await accessibilityViolations(container)).toEqual([]);
    const tracked = within(renderWithI18n(<TabStatus state={{ ...matched, matches: { ...matched.matches!, tracked: true } }} onTrack={onTrack} />).container as HTMLElement);
    expect(tracked.getByTestId('tracked').textContent).toBe('This article is in your tracked corpus.');
    expect(tracked.queryByTestId('track')).toBeNull();
  });

  it('names the outlet in Chinese for a Chinese UI', () => {
    expect(renderWithI18n(<TabStatus state={article} locale="zh-CN" />, 'zh_CN').getByTestId('tab-status').textContent).toContain('已识别来自金融时报的文章');
  });
});
