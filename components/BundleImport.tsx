import { useState } from 'preact/hooks';
import type { Result } from '../lib/result';
import type { ImportReport } from '../lib/schema';
import { useT } from './i18n-context';

/** Reads, validates and writes a bundle file, reporting progress as articles are written. */
export type ImportFile = (file: File, onProgress: (done: number, total: number) => void) => Promise<Result<ImportReport>>;

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'writing'; done: number; total: number }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string };

/** A file picker that imports a corpus bundle with a progress bar and a clear report. */
export function BundleImport({ importFile }: { importFile: ImportFile }) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'reading' || phase.kind === 'writing';

  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setPhase({ kind: 'reading' });
    const result = await importFile(file, (done, total) => setPhase({ kind: 'writing', done, total }));
    setPhase(result.ok ? { kind: 'done', report: result.value } : { kind: 'failed', message: result.error.message });
    input.value = '';
  };

  return (
    <section aria-labelledby="ct-import-heading">
      <h2 id="ct-import-heading">{t('importHeading')}</h2>
      <label>
        {t('importChooseFile')}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={onChange} data-testid="import-file" />
      </label>
      <ImportPhase phase={phase} />
    </section>
  );
}

function ImportPhase({ phase }: { phase: Phase }) {
  const t = useT();
  switch (phase.kind) {
    case 'idle':
      return null;
    case 'reading':
      return <p role="status">{t('importReading')}</p>;
    case 'writing': {
      const label = t('importProgress', [phase.done, phase.total]);
      return (
        <div role="status">
          <progress max={phase.total} value={phase.done} aria-label={label} />
          <span>{label}</span>
        </div>
      );
    }
    case 'done': {
      const r = phase.report;
      return (
        <p role="status" data-testid="import-report">
          {t('importDone', [r.articlesAdded, r.articlesReplaced, r.passages, r.annotations])}
        </p>
      );
    }
    case 'failed':
      return (
        <div role="alert" data-testid="import-error">
          <p>{t('importFailed')}</p>
          <pre class="ct-error">{phase.message}</pre>
        </div>
      );
  }
}
