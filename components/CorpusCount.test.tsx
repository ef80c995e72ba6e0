// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { CorpusCount } from './CorpusCount';

describe('CorpusCount', () => {
  it('shows the counts with their labels', async () => {
    const { getByTestId, getByText, container } = renderWithI18n(<CorpusCount stats={{ articles: 12345, passages: 67, annotations: 0 }} />);
    expect(getByTestId('article-count').textContent).toBe((12345).toLocaleString());
    expect(getByText('Tracked articles')).toBeTruthy();
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('says it is loading until the counts arrive, in Chinese too', () => {
    expect(renderWithI18n(<CorpusCount stats={undefined} />, 'zh_CN').getByRole('status').textContent).toBe('正在读取语料库…');
  });
});
