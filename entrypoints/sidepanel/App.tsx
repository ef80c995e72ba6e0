import { CorpusCount } from '../../components/CorpusCount';
import { useT } from '../../components/i18n-context';
import { TabStatus } from '../../components/TabStatus';
import { trackReaderTab } from '../../platform/active-tab';
import { uiLanguage } from '../../platform/mount';
import { useReaderOverview } from '../../platform/use-reader-overview';

export function App() {
  const t = useT();
  const { tabState, stats } = useReaderOverview();
  return (
    <main>
      <h1>{t('sidePanelTitle')}</h1>
      <section aria-labelledby="ct-tab-heading">
        <h2 id="ct-tab-heading">{t('currentTabHeading')}</h2>
        <TabStatus state={tabState} locale={uiLanguage()} onTrack={trackReaderTab} />
      </section>
      <section aria-labelledby="ct-corpus-heading">
        <h2 id="ct-corpus-heading">{t('corpusHeading')}</h2>
        <CorpusCount stats={stats} />
      </section>
    </main>
  );
}
