// @vitest-environment happy-dom
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { TabMatches } from '../lib/schema';
import { corpusMatch } from '../tests/matches';
import { accessibilityViolations, renderWithI18n } from '../tests/render';
import { Provenance } from './Provenance';

const match = corpusMatch;
const ft = match({ passageId: 'a_1111111111111111:4', articleId: 'a_1111111111111111', outletId: 'ftchinese', url: 'https://www.ftchinese.com/interactive/231456/en', publishedAt: '2025-12-19T00:00:00.000Z', text: 'Chinese open models have now overtaken comparable US models in terms of global adoption.', label: 'supports', score: 0.3 });

const view: NonNullable<TabMatches> = {
  page: { url: 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html', outletId: 'netease', title: '英媒：中國人會笑到最後', publishedAt: '2026-01-22T01:30:00.000Z' },
  answer: {
    canonicalUrl: 'https://www.163.com/dy/article/KK8V0G2J0556A7QL.html',
    lang: 'zh-Hant',
    source: 'snapshot',
    tookMs: 20,
    tracked: false,
    outletNames: {},
    passages: [
      { ordinal: 3, text: '《金融時報》指出,中國的開源模型在表現上已經超過了美國的同類。', start: 0, end: 30, lang: 'zh-Hant', isClaim: true, attribution: { outletId: 'ft', verb: '指出', confidence: 0.9 }, matches: [match({}), ft], attributionCheck: { verdict: 'partly', outletId: 'ft', match: ft, missing: ['perform'] } },
      { ordinal: 9, text: '《金融時報》表示,中國的發電能力建設非常強大。', start: 40, end: 62, lang: 'zh-Hant', isClaim: true, attribution: { outletId: 'ft', verb: '表示', confidence: 0.9 }, matches: [], attributionCheck: { verdict: 'notFound', outletId: 'ft', articles: 1 } },
    ],
  },
};

describe('Provenance', () => {
  it('shows each matched claim with its trail by outlet, the earliest as the likely origin, and the attribution check', async () => {
    const { getAllByTestId, getByTestId, container } = renderWithI18n(<Provenance view={view} locale="en" onReveal={() => undefined} />);
    expect(getByTestId('provenance').textContent).toContain('英媒：中國人會笑到最後');
    expect(getAllByTestId('claim')).toHaveLength(1);
    const outlets = getAllByTestId('trail-outlet');
    expect(outlets.map((li) => li.querySelector('strong')!.textContent)).toEqual(['FT Chinese', 'Global Times']);
    expect(outlets[0]!.textContent).toContain('likely origin');
    const checks = getAllByTestId('attribution');
    expect(checks.map((li) => li.dataset['verdict'])).toEqual(['partly', 'notFound']);
    expect(checks[0]!.textContent).toContain('Only partly in Financial Times');
    expect(checks[0]!.textContent).toContain('Not in it: perform');
    expect(checks[1]!.textContent).toContain('Not found in the 1 tracked articles of Financial Times.');
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('asks the page to show a claim when it is clicked', () => {
    const onReveal = vi.fn();
    const { getAllByTestId } = renderWithI18n(<Provenance view={view} locale="en" onReveal={onReveal} />);
    fireEvent.click(getAllByTestId('claim')[0]!.querySelector('button')!);
    expect(onReveal).toHaveBeenCalledWith(3);
  });

  it('speaks Chinese in a Chinese UI', () => {
    const { getByTestId } = renderWithI18n(<Provenance view={view} locale="zh-CN" onReveal={() => undefined} />, 'zh_CN');
    expect(getByTestId('provenance').textContent).toContain('可能出处');
    expect(getByTestId('provenance').textContent).toContain('在金融时报的 1 篇已跟踪文章中未找到。');
  });
});
