import { corpusStats } from '../../lib/store/corpus-repository';
import { CorpusCount } from '../../components/CorpusCount';
import { useT } from '../../components/i18n-context';
import { TabStatus } from '../../components/TabStatus';
import { useLiveQuery } from '../../components/use-live-query';
import { useActiveTabState } from '../../platform/active-tab';
import { extensionDb } from '../../platform/extension-db';
import { uiLanguage } from '../../platform/mount';

export function App() {
  const t = useT();
  const tabState = useActiveTabState();
  const stats = useLiveQuery(() => corpusStats(extensionDb()), []);
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <TabStatus state={tabState} locale={uiLanguage()} />
      <CorpusCount stats={stats} />
    </main>
  );
}
