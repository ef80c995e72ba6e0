import { useState } from 'preact/hooks';
import type { AnnotationImportReport } from '../lib/annotations/annotation-files';
import type { Result } from '../lib/result';
import { useT } from './i18n-context';


interface Props {
  exportFile: () => Promise<Result<number>>;
  importFile: (file: File) => Promise<Result<AnnotationImportReport>>;
}

/** Export and import of the reader's annotations as a W3C AnnotationCollection, with a report of what was refused. */
export function AnnotationTransfer({ exportFile, importFile }: Props) {
  const t = useT();
  const [exported, setExported] = useState<Result<number> | undefined>(undefined);
  const [imported, setImported] = useState<Result<AnnotationImportReport> | undefined>(undefined);
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) setImported(await importFile(file));
    input.value = '';
  };
  return (
    <section aria-labelledby="ct-transfer-heading">
      <h2 id="ct-transfer-heading">{t('annotationsTransferHeading')}</h2>
      <button type="button" data-testid="annotations-export" onClick={async () => setExported(await exportFile())}>{t('annotationsExport')}</button>
      {exported?.ok === true && <p role="status">{t('annotationsExported', [exported.value])}</p>}
      {exported?.ok === false && <p role="alert">{exported.error.message}</p>}
      <label>
        {t('annotationsImportFile')}
        <input type="file" accept=".json,.jsonld,application/ld+json,application/json" data-testid="annotations-import" onChange={onFile} />
      </label>
      {imported?.ok === true && (
        <div role="status" data-testid="annotations-import-report">
          <p>{t('annotationsImported', [imported.value.written, imported.value.unchanged, imported.value.rejected.length])}</p>
          {imported.value.rejected.length > 0 && <pre class="ct-error">{imported.value.rejected.join('\n')}</pre>}
        </div>
      )}
      {imported?.ok === false && <pre role="alert" class="ct-error" data-testid="annotations-import-error">{imported.error.message}</pre>}
    </section>
  );
}
