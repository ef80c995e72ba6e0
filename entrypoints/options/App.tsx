import { corpusStats } from '../../lib/store/corpus-repository';
import { BundleImport } from '../../components/BundleImport';
import { BundleExport } from '../../components/BundleExport';
import { CorpusCount } from '../../components/CorpusCount';
import { useT } from '../../components/i18n-context';
import { useLiveQuery } from '../../components/use-live-query';
import { SettingsForm } from '../../components/SettingsForm';
import { extensionDb } from '../../platform/extension-db';
import { uiLanguage } from '../../platform/mount';
import { useSettings } from '../../platform/settings';
import { exportCorpusFile, importCorpusFile } from './bundle-files';
import { CorpusList } from './corpus-list';

export function App() {
  const t = useT();
  const stats = useLiveQuery(() => corpusStats(extensionDb()), []);
  const [settings, changeSettings] = useSettings();
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
    </main>
  );
}
