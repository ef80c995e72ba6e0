import { useState } from 'preact/hooks';
import type { Result } from '../lib/result';
import { useT } from './i18n-context';

/** Exports the corpus as a file; resolves with the number of articles exported. */
export type ExportFile = () => Promise<Result<number>>;

/** A button that exports the corpus bundle and says how much it held, or why it could not. */
export function BundleExport({ exportFile }: { exportFile: ExportFile }) {
  const t = useT();
  const [outcome, setOutcome] = useState<Result<number> | undefined>(undefined);
  return (
    <section aria-labelledby="ct-export-heading">
      <h2 id="ct-export-heading">{t('exportHeading')}</h2>
      <button type="button" onClick={async () => setOutcome(await exportFile())}>
        {t('exportButton')}
      </button>
      {outcome?.ok === true && <p role="status">{t('exportDone', [outcome.value])}</p>}
      {outcome?.ok === false && <p role="alert">{outcome.error.message}</p>}
    </section>
  );
}
