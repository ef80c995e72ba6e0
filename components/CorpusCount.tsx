import type { CorpusStats } from '../lib/schema';
import { useT } from './i18n-context';

/** How much the tracked corpus holds; `stats` is `undefined` while it loads. */
export function CorpusCount({ stats }: { stats: CorpusStats | undefined }) {
  const t = useT();
  if (!stats) return <p role="status">{t('corpusLoading')}</p>;
  const rows: [string, number, string][] = [
    ['corpusArticles', stats.articles, 'article-count'],
    ['corpusPassages', stats.passages, 'passage-count'],
    ['corpusAnnotations', stats.annotations, 'annotation-count'],
  ];
  return (
    <dl class="ct-stats">
      {rows.map(([label, value, testId]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd data-testid={testId}>{value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}
