// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../lib/result';
import type { ArticleSummary, CorpusPage } from '../lib/store/corpus-search';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { CorpusManager } from './CorpusManager';

const article = (n: number, title: string, outletId = 'globaltimes'): ArticleSummary => ({
  id: `a_${n.toString(16).padStart(16, '0')}`,
  url: `https://www.globaltimes.cn/page/202512/${1_351_000 + n}.shtml`,
  canonicalUrl: `https://www.globaltimes.cn/page/202512/${1_351_000 + n}.shtml`,
  outletId,
  title,
  lang: 'en',
  publishedAt: '2025-12-20T05:00:00.000Z',
  origin: 'tracked',
  addedAt: '2026-01-01T00:00:00.000Z',
});
const page: CorpusPage = { articles: [article(1, 'FT says China will laugh last'), article(2, 'Lack of core tech')], total: 5 };

describe('CorpusManager', () => {
  it('lists the articles with outlet, date and language, and pages on', async () => {
    const onMore = vi.fn();
    const { getAllByTestId, getByTestId, getByText, container } = renderWithI18n(<CorpusManager filter={{}} onFilter={() => undefined} page={page} onMore={onMore} onDelete={async () => ok(undefined)} locale="en" />);
    expect(getAllByTestId('corpus-article').map((li) => li.querySelector('a')!.textContent)).toEqual(['FT says China will laugh last', 'Lack of core tech']);
    expect(getAllByTestId('corpus-article')[0]!.textContent).toContain('Global Times');
    expect(getByTestId('corpus-count').textContent).toBe('Showing 2 of 5 articles');
    fireEvent.click(getByText('Show more'));
    expect(onMore).toHaveBeenCalledOnce();
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('reports each filter change, dropping emptied fields', () => {
    const onFilter = vi.fn();
    const { getByTestId } = renderWithI18n(<CorpusManager filter={{ text: 'ft' }} onFilter={onFilter} page={page} onMore={() => undefined} onDelete={async () => ok(undefined)} locale="en" />);
    fireEvent.input(getByTestId('corpus-search'), { target: { value: '' } });
    expect(onFilter).toHaveBeenLastCalledWith({});
    fireEvent.change(getByTestId('corpus-outlet'), { target: { value: 'ft' } });
    expect(onFilter).toHaveBeenLastCalledWith({ text: 'ft', outletId: 'ft' });
    fireEvent.change(getByTestId('corpus-lang'), { target: { value: 'zh-Hant' } });
    expect(onFilter).toHaveBeenLastCalledWith({ text: 'ft', lang: 'zh-Hant' });
    fireEvent.change(getByTestId('corpus-from'), { target: { value: '2025-12-01' } });
    expect(onFilter).toHaveBeenLastCalledWith({ text: 'ft', from: '2025-12-01' });
  });

  it('deletes only after a confirmation, and says what happened', async () => {
    const onDelete = vi.fn(async (a: ArticleSummary) => (a.title.startsWith('Lack') ? fail('storageFailed', 'disk is full') : ok(undefined)));
    const { getAllByTestId, getByTestId } = renderWithI18n(<CorpusManager filter={{}} onFilter={() => undefined} page={page} onMore={() => undefined} onDelete={onDelete} locale="en" />);
    fireEvent.click(getAllByTestId('delete-article')[0]!);
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(getByTestId('confirm-delete'));
    await waitFor(() => expect(getByTestId('corpus-status').textContent).toBe('Deleted “FT says China will laugh last”.'));
    fireEvent.click(getAllByTestId('delete-article')[1]!);
    fireEvent.click(getByTestId('confirm-delete'));
    await waitFor(() => expect(getByTestId('corpus-status').textContent).toBe('Could not delete: disk is full'));
  });

  it('says when nothing matches, in Chinese too', () => {
    const { getByTestId } = renderWithI18n(<CorpusManager filter={{}} onFilter={() => undefined} page={{ articles: [], total: 0 }} onMore={() => undefined} onDelete={async () => ok(undefined)} locale="zh-CN" />, 'zh_CN');
    expect(getByTestId('corpus-empty').textContent).toBe('没有符合条件的已跟踪文章。');
  });
});
