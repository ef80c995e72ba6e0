import { CorpusCount } from '../../components/CorpusCount';
import { useT } from '../../components/i18n-context';
import { TabStatus } from '../../components/TabStatus';
import { Provenance } from '../../components/Provenance';
import { revealInReaderTab, trackReaderTab, useTabMatches } from '../../platform/active-tab';
import { uiLanguage } from '../../platform/mount';
import { useReaderOverview } from '../../platform/use-reader-overview';

export function App() {
  const t = useT();
  const { tabState, stats } = useReaderOverview();
  // Matched again whenever the tab's state or the corpus changes (an import, a tracked article).
  const view = useTabMatches(tabState, stats ? stats.articles + stats.passages : undefined);
  return (
    <main>
      <h1>{t('sidePanelTitle')}</h1>
      <section aria-labelledby="ct-tab-heading">
        <h2 id="ct-tab-heading">{t('currentTabHeading')}</h2>
        <TabStatus state={tabState} locale={uiLanguage()} onTrack={trackReaderTab} />
      </section>
      {view ? <Provenance view={view} locale={uiLanguage()} onReveal={(ordinal) => void revealInReaderTab(ordinal)} /> : null}
      <section aria-labelledby="ct-corpus-heading">
        <h2 id="ct-corpus-heading">{t('corpusHeading')}</h2>
        <CorpusCount stats={stats} />
      </section>
    </main>
  );
}
