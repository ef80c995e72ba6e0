import { AnnotationTransfer } from '../../components/AnnotationTransfer';
import { BundleExport } from '../../components/BundleExport';
import { BundleImport } from '../../components/BundleImport';
import { CorpusCount } from '../../components/CorpusCount';
import { useT } from '../../components/i18n-context';
import { SettingsForm } from '../../components/SettingsForm';
import { SyncSettings } from '../../components/SyncSettings';
import { useLiveQuery } from '../../components/use-live-query';
import { corpusStats } from '../../lib/store/corpus-repository';
import { callBackground } from '../../platform/background-client';
import { connectCouch, disconnectCouch } from '../../platform/couch-settings';
import { extensionDb } from '../../platform/extension-db';
import { uiLanguage } from '../../platform/mount';
import { useSettings } from '../../platform/settings';
import { useSyncState } from '../../platform/use-sync-state';
import { exportAnnotationFile, importAnnotationFile } from './annotation-files';
import { exportCorpusFile, importCorpusFile } from './bundle-files';
import { CorpusList } from './corpus-list';

export function App() {
  const t = useT();
  const stats = useLiveQuery(() => corpusStats(extensionDb()), []);
  const [settings, changeSettings] = useSettings();
  const { mirror, schedule, couch } = useSyncState();
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="ct-corpus-heading">
        <h2 id="ct-corpus-heading">{t('corpusHeading')}</h2>
        <CorpusCount stats={stats} />
      </section>
      <BundleImport importFile={importCorpusFile} />
      <BundleExport exportFile={exportCorpusFile} />
      <CorpusList locale={uiLanguage()} />
      <SettingsForm settings={settings} onChange={changeSettings} />
      <SyncSettings
        settings={settings}
        onSettings={changeSettings}
        mirror={mirror}
        couch={couch}
        schedule={schedule}
        onConnect={connectCouch}
        onDisconnect={disconnectCouch}
        onSyncNow={() => callBackground('syncNow', {})}
        locale={uiLanguage()}
      />
      <AnnotationTransfer exportFile={exportAnnotationFile} importFile={importAnnotationFile} />
    </main>
  );
}
