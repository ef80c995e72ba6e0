/**
 * Deterministic synthetic corpora for benchmarks: articles in English, simplified and traditional
 * Chinese built from templates, with numbers and names varied by a seeded generator, so every run
 * measures the same data.
 */
import { CORPUS_BUNDLE_VERSION, type BundleArticle, type CorpusBundle, type Lang } from '../lib/schema';
import { passagesOfText } from '../lib/claims/article-passages';
import { seededRandom } from '../tests/random';

const templates: Record<Lang, string[]> = {
  en: [
    'Chinese companies supplied {n} per cent of the {thing} installed in {place} last year.',
    '{who} said prices had fallen by {n} per cent since {year}.',
    'Analysts expect the share to reach {n} per cent by {year}, according to {who}.',
    'The survey covered {n} projects across {place}.',
  ],
  'zh-Hans': ['中国企业去年供应了{place}新增{thing}的{n}%。', '{who}表示，自{year}年以来价格下降了{n}%。', '分析人士预计，到{year}年这一比例将达到{n}%。', '这项调查覆盖了{place}的{n}个项目。'],
  'zh-Hant': ['中國企業去年供應了{place}新增{thing}的{n}%。', '{who}表示，自{year}年以來價格下降了{n}%。', '分析人士預計，到{year}年這一比例將達到{n}%。', '這項調查覆蓋了{place}的{n}個項目。'],
};
const fillers: Record<string, string[]> = {
  thing: ['grid batteries', 'solar panels', 'wind turbines', 'electric buses', '储能电池', '光伏组件'],
  place: ['Europe', 'Germany', 'Brazil', 'Indonesia', '欧洲', '德国'],
  who: ['Kestrel Energy Research', 'an industry association', 'the ministry', '行业协会', '研究机构'],
};

/** A bundle of `count` articles, about ten sentences each, the same for the same seed. */
export function syntheticBundle(count: number, seed = 1): CorpusBundle {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const langs: Lang[] = ['en', 'zh-Hans', 'zh-Hant'];
  const articles: BundleArticle[] = Array.from({ length: count }, (_, i) => {
    const lang = langs[i % 3]!;
    const sentences = Array.from({ length: 10 }, () =>
      pick(templates[lang]).replace(/\{(\w+)\}/g, (_m, key: string) =>
        key === 'n' ? String(Math.floor(random() * 99) + 1) : key === 'year' ? String(2015 + Math.floor(random() * 15)) : pick(fillers[key]!),
      ),
    );
    const text = [sentences.slice(0, 5).join(lang === 'en' ? ' ' : ''), sentences.slice(5).join(lang === 'en' ? ' ' : '')].join('\n\n');
    const url = `https://www.163.com/dy/article/${i.toString(36).toUpperCase().padStart(16, '0')}.html`;
    return {
      url,
      canonicalUrl: url,
      outletId: 'netease',
      title: sentences[0]!,
      lang,
      sourceLines: [],
      publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      text,
      passages: passagesOfText(text, lang),
    };
  });
  return { format: 'claimtrail-corpus', version: CORPUS_BUNDLE_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', articles };
}
