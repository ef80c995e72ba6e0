import { corpusStats } from '../lib/store/corpus-repository';
import { useLiveQuery } from '../components/use-live-query';
import type { CorpusStats, TabState } from '../lib/schema';
import { useActiveTabState } from './active-tab';
import { extensionDb } from './extension-db';

/** What the popup and the side panel show: the reader's tab and the corpus, both kept current. */
export function useReaderOverview(): { tabState: TabState | undefined; stats: CorpusStats | undefined } {
  return { tabState: useActiveTabState(), stats: useLiveQuery(() => corpusStats(extensionDb()), []) };
}
