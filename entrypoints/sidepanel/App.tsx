import { CorpusCount } from '../../components/CorpusCount';
import { useT } from '../../components/i18n-context';
import { TabStatus } from '../../components/TabStatus';
import { Provenance } from '../../components/Provenance';
import { AnnotationList } from '../../components/AnnotationList';
import { SyncStatusLine } from '../../components/SyncStatusLine';
import { useSettings } from '../../platform/settings';
import { useSyncState } from '../../platform/use-sync-state';
import { useLiveQuery } from '../../components/use-live-query';
import { revealInReaderTab, trackReaderTab, useTabAnnotations, useTabMatches } from '../../platform/active-tab';
import { annotationEdits } from '../../platform/annotation-edits';
import { extensionDb } from '../../platform/extension-db';
import { uiLanguage } from '../../platform/mount';
import { useReaderOverview } from '../../platform/use-reader-overview';

export function App() {
  const t = useT();
  const { tabState, stats } = useReaderOverview();
  // Matched again whenever the tab's state or the corpus changes (an import, a tracked article).
  const view = useTabMatches(tabState, stats ? stats.articles + stats.passages : undefined);
  // Placed again whenever any annotation is written, here, in the page's card, or by sync.
  const annotationsVersion = useLiveQuery(async () => (await extensionDb().annotationChanges.orderBy('seq').last())?.seq ?? 0, []);
  const notes = useTabAnnotations(tabState, annotationsVersion);
  const sync = useSyncState();
  const [settings] = useSettings();
  return (
    <main>
      <h1>{t('sidePanelTitle')}</h1>
      <section aria-labelledby="ct-tab-heading">
        <h2 id="ct-tab-heading">{t('currentTabHeading')}</h2>
        <TabStatus state={tabState} locale={uiLanguage()} onTrack={trackReaderTab} />
      </section>
      {view ? <Provenance view={view} locale={uiLanguage()} onReveal={(ordinal) => void revealInReaderTab(ordinal)} /> : null}
      <AnnotationList view={notes} locale={uiLanguage()} onSave={annotationEdits.save} onDelete={annotationEdits.remove} onDismissConflicts={annotationEdits.dismissConflicts} />
      <SyncStatusLine browserSync={settings?.browserSync} {...sync} locale={uiLanguage()} />
      <section aria-labelledby="ct-corpus-heading">
        <h2 id="ct-corpus-heading">{t('corpusHeading')}</h2>
        <CorpusCount stats={stats} />
      </section>
    </main>
  );
}
