import { useState } from 'preact/hooks';
import { CorpusManager } from '../../components/CorpusManager';
import { useDebounced } from '../../components/use-debounced';
import { useLiveQuery } from '../../components/use-live-query';
import { fail } from '../../lib/result';
import { deleteArticle } from '../../lib/store/corpus-repository';
import { searchArticles, type ArticleSummary, type CorpusFilter } from '../../lib/store/corpus-search';
import { extensionDb } from '../../platform/extension-db';
import { extensionIndexer } from '../../platform/gloss';

const PAGE = 50;

/** The corpus list of the options page, live: imports, tracking and deletions show at once. */
export function CorpusList({ locale }: { locale: string }) {
  const [filter, setFilter] = useState<CorpusFilter>({});
  const [limit, setLimit] = useState(PAGE);
  const applied = useDebounced(filter, 250);
  const page = useLiveQuery(() => searchArticles(extensionDb(), applied, 0, limit), [applied, limit]);
  const onFilter = (next: CorpusFilter) => {
    setFilter(next);
    setLimit(PAGE);
  };
  return <CorpusManager filter={filter} onFilter={onFilter} page={page} onMore={() => setLimit(limit + PAGE)} onDelete={remove} locale={locale} />;
}

async function remove(article: ArticleSummary) {
  const indexer = await extensionIndexer().catch((error: Error) => error);
  if (indexer instanceof Error) return fail('storageFailed', indexer.message);
  return deleteArticle(extensionDb(), article.id, indexer.version);
}
