import { CorpusCount } from '../../components/CorpusCount';
import { useT } from '../../components/i18n-context';
import { TabStatus } from '../../components/TabStatus';
import { uiLanguage } from '../../platform/mount';
import { useReaderOverview } from '../../platform/use-reader-overview';

export function App() {
  const t = useT();
  const { tabState, stats } = useReaderOverview();
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <TabStatus state={tabState} locale={uiLanguage()} />
      <CorpusCount stats={stats} />
    </main>
  );
}
