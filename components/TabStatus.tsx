import { useState } from 'preact/hooks';
import { outletById } from '../lib/outlets';
import type { TabState } from '../lib/schema';
import { useT } from './i18n-context';

/** Whether the current tab is a recognised article; `state` is `undefined` while it is asked. */
/**
 * `onTrack` adds the tab's article to the tracked corpus; it resolves to an error message when
 * that failed. Without it, no Track button is shown.
 */
export function TabStatus({ state, locale = 'en', onTrack }: { state: TabState | undefined; locale?: string; onTrack?: () => Promise<string | undefined> }) {
  const t = useT();
  const outletName = (id: string) => {
    const names = outletById(id)?.names;
    return (locale.startsWith('zh') ? names?.['zh-Hans'] : names?.en) ?? id;
  };
  if (!state) return <p role="status" data-testid="tab-status" data-kind="loading">{t('tabStatusLoading')}</p>;
  switch (state.kind) {
    case 'unsupported':
      return <p data-testid="tab-status" data-kind={state.kind}>{t('tabStatusUnsupported')}</p>;
    case 'pending':
      return <p role="status" data-testid="tab-status" data-kind={state.kind}>{t('tabStatusPending')}</p>;
    case 'notArticle':
      return <p data-testid="tab-status" data-kind={state.kind}>{t('tabStatusNotArticle', [outletName(state.outletId)])}</p>;
    case 'article':
      return (
        <div data-testid="tab-status" data-kind={state.kind}>
          <p>{t('tabStatusArticle', [outletName(state.outletId)])}</p>
          <p class="ct-title" lang="">{state.title}</p>
          {state.matches ? (
            <p data-testid="match-summary">{t('tabStatusMatches', [state.matches.same + state.matches.supports, state.matches.passages])}</p>
          ) : (
            <p role="status">{t('tabStatusMatching')}</p>
          )}
          {state.matches?.tracked ? <p data-testid="tracked">{t('tabStatusTracked')}</p> : onTrack && state.matches ? <TrackButton onTrack={onTrack} /> : null}
        </div>
      );
  }
}

function TrackButton({ onTrack }: { onTrack: () => Promise<string | undefined> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <div>
      <button
        type="button"
        data-testid="track"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(await onTrack());
          setBusy(false);
        }}
      >
        {t('trackArticle')}
      </button>
      {error ? (
        <p role="alert" data-testid="track-error">
          {t('trackFailed', [error])}
        </p>
      ) : null}
    </div>
  );
}
