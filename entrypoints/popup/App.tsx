import { CorpusCount } from '../../components/CorpusCount';
import { useT } from '../../components/i18n-context';
import { TabStatus } from '../../components/TabStatus';
import { trackReaderTab } from '../../platform/active-tab';
import { uiLanguage } from '../../platform/mount';
import { openSidePanel } from '../../platform/side-panel';
import { useReaderOverview } from '../../platform/use-reader-overview';

export function App() {
  const t = useT();
  const { tabState, stats } = useReaderOverview();
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <TabStatus state={tabState} locale={uiLanguage()} onTrack={trackReaderTab} />
      <p>
        <button type="button" data-testid="open-side-panel" onClick={openSidePanel}>
          {t('openSidePanel')}
        </button>
      </p>
      <CorpusCount stats={stats} />
    </main>
  );
}
