// @vitest-environment happy-dom
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { corpusMatch } from '../tests/matches';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { byDate, HoverCard } from './HoverCard';

const match = corpusMatch;

const ft = match({ passageId: 'a_1111111111111111:4', articleId: 'a_1111111111111111', url: 'https://www.ftchinese.com/interactive/231456/en', outletId: 'ftchinese', lang: 'en', publishedAt: '2025-12-19T00:00:00.000Z', text: '<b>Chinese open models</b> have now overtaken comparable US models in terms of global adoption.', label: 'supports', score: 0.3 });
const undated = match({ passageId: 'a_2222222222222222:0', articleId: 'a_2222222222222222', url: 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html', outletId: 'netease', lang: 'zh-Hant', publishedAt: undefined, text: '中國開源模型在表現上已經超過了美國同類模型。' });

const outletName = (id: string) => ({ globaltimes: 'Global Times', ftchinese: 'FT Chinese', netease: 'NetEase' })[id] ?? id;

describe('HoverCard', () => {
  it('lists the tracked sentences earliest first, each with outlet, date, language and link', async () => {
    const { getAllByTestId, container } = renderWithI18n(<HoverCard outletName={outletName} matches={[match({}), undated, ft]} locale="en" onClose={() => undefined} />);
    const items = getAllByTestId('card-match');
    expect(items.map((li) => li.querySelector('a')!.textContent)).toEqual(['FT Chinese', 'Global Times', 'NetEase']);
    expect(items[0]!.textContent).toContain('earliest');
    expect(items[0]!.textContent).toContain('related');
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2025-12-19T00:00:00.000Z');
    expect(items[2]!.querySelector('.ct-quote')!.getAttribute('lang')).toBe('zh-Hant');
    expect(items[2]!.textContent).toContain('Traditional Chinese');
    expect(items[1]!.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('shows tracked text as text, never as markup', () => {
    const { getAllByTestId } = renderWithI18n(<HoverCard outletName={outletName} matches={[ft]} locale="en" onClose={() => undefined} />);
    expect(getAllByTestId('card-match')[0]!.querySelector('b')).toBeNull();
    expect(getAllByTestId('card-match')[0]!.textContent).toContain('<b>Chinese open models</b>');
  });

  it('closes on Escape and on its button, and takes focus when opened from the keyboard', () => {
    const onClose = vi.fn();
    const { getByTestId, getByRole } = renderWithI18n(<HoverCard outletName={outletName} matches={[match({})]} locale="en" onClose={onClose} focusOnOpen />);
    expect(document.activeElement).toBe(getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(getByTestId('hover-card'), { key: 'Escape' });
    fireEvent.click(getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('speaks Chinese in a Chinese UI', () => {
    const { getByTestId } = renderWithI18n(<HoverCard outletName={(id) => (id === 'globaltimes' ? '环球时报' : id)} matches={[match({})]} locale="zh-CN" onClose={() => undefined} />, 'zh_CN');
    expect(getByTestId('hover-card').textContent).toContain('环球时报');
    expect(getByTestId('hover-card').textContent).toContain('相同说法');
  });

  it('marks no origin when every match comes from one article', () => {
    const { getByTestId } = renderWithI18n(<HoverCard outletName={outletName} matches={[match({}), match({ passageId: 'a_0123456789abcdef:2' })]} locale="en" onClose={() => undefined} />);
    expect(getByTestId('hover-card').textContent).not.toContain('earliest');
  });

  it('orders undated matches last', () => {
    expect(byDate([undated, match({})]).map((m) => m.outletId)).toEqual(['globaltimes', 'netease']);
  });
});
